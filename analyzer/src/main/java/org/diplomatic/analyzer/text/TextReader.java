package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads plain-text documents strictly: UTF-8 only (the BOM dropped), and rejects, with a reason naming the input,
 * files that are empty, larger than {@code maxBytes}, binary (a NUL byte or many control characters) or not UTF-8.
 */
public final class TextReader {
  /** Default size limit: 20 MiB, far above any real statement or set of minutes. */
  public static final long DEFAULT_MAX_BYTES = 20L << 20;

  private final long maxBytes;

  public TextReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public TextReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads a file; the source of the result is the path as given. */
  public TextInput read(Path path) throws InputRejectedException {
    String source = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new InputRejectedException(source, "is a folder, not a file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputRejectedException(source, "too large (" + size + " bytes; limit " + maxBytes + ")");
      }
      return decode(source, Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new InputRejectedException(source, "no such file");
    } catch (IOException e) {
      throw new InputRejectedException(source, "cannot read (" + e.getMessage() + ")");
    }
  }

  /** Reads a whole stream (stdin is read as source "-"), stopping with an error past the size limit. */
  public TextInput read(String source, InputStream in) throws InputRejectedException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputRejectedException(source, "too large (over " + maxBytes + " bytes)");
      }
      return decode(source, bytes);
    } catch (IOException e) {
      throw new InputRejectedException(source, "cannot read (" + e.getMessage() + ")");
    }
  }

  /** Decodes bytes as strict UTF-8 after the binary and emptiness checks. */
  public TextInput decode(String source, byte[] bytes) throws InputRejectedException {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputRejectedException(source, "binary file (contains NUL bytes)");
      }
      if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > 8 && controls * 100L > bytes.length) {
      throw new InputRejectedException(source, "binary file (" + controls + " control bytes)");
    }
    String text = strictUtf8(source, bytes);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputRejectedException(source, "empty file");
    }
    return new TextInput(source, text);
  }

  private static String strictUtf8(String source, byte[] bytes) throws InputRejectedException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(buffer);
      return chars.toString();
    } catch (MalformedInputException e) {
      throw new InputRejectedException(
          source, "not valid UTF-8 (bad byte sequence at byte " + buffer.position() + ")");
    } catch (CharacterCodingException e) {
      throw new InputRejectedException(source, "not valid UTF-8 (" + e.getMessage() + ")");
    }
  }
}
