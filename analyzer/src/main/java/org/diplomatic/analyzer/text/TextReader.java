package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads plain-text documents: UTF-8 (the BOM dropped), UTF-16, or a legacy Arabic code page when the bytes are not
 * UTF-8 ({@link TextDecoder}), or strictly the charset the user chose; rejects, with a reason naming the input,
 * files that are missing, unreadable, empty, larger than {@code maxBytes}, binary or undecodable.
 */
public final class TextReader {
  /** Default size limit: 20 MiB, far above any real statement or set of minutes. */
  public static final long DEFAULT_MAX_BYTES = ReadLimits.DEFAULT_MAX_BYTES;

  private final long maxBytes;
  private final TextDecoder decoder;

  /** {@code charset}: read every input in it, or null to detect it. */
  public TextReader(long maxBytes, Charset charset) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.decoder = new TextDecoder(charset);
  }

  public TextReader(long maxBytes) {
    this(maxBytes, null);
  }

  public TextReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads a file; the source of the result is the path as given. */
  public TextInput read(Path path) throws InputRejectedException {
    String source = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new InputRejectedException(source, Files.isReadable(path) && Files.isExecutable(path)
            ? "is a folder, not a file" : "cannot list folder (permission denied)");
      }
      if (!Files.exists(path) && Files.isSymbolicLink(path)) {
        throw new InputRejectedException(source, "broken symbolic link (to " + Files.readSymbolicLink(path) + ")");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputRejectedException(source, "too large (" + size + " bytes; limit " + maxBytes + ")");
      }
      return decoder.decode(source, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new InputRejectedException(source, ReadFailure.reason(e));
    }
  }

  /** Reads a whole stream (stdin is read as source "-"), stopping with an error past the size limit. */
  public TextInput read(String source, InputStream in) throws InputRejectedException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputRejectedException(source, "too large (over " + maxBytes + " bytes)");
      }
      return decoder.decode(source, bytes);
    } catch (IOException e) {
      throw new InputRejectedException(source, ReadFailure.reason(e));
    }
  }

  /** Decodes bytes after the binary and emptiness checks. */
  public TextInput decode(String source, byte[] bytes) throws InputRejectedException {
    return decoder.decode(source, bytes);
  }
}
