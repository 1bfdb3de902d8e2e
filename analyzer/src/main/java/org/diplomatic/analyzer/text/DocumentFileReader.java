package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads any supported file into a {@link TextInput}: plain text (and unknown extensions, and standard input)
 * through {@link TextReader}; Word ({@code .docx}, {@code .doc}), OpenDocument ({@code .odt}), PDF, HTML and RTF
 * through Apache Tika, body text only, one line per paragraph. Rejects, naming the file, what is too large or
 * expands too far ({@link ReadLimits}), corrupt, truncated, encrypted or without text. Tika starts (about a second)
 * only when the first such file is read. Thread-safe.
 */
public final class DocumentFileReader {
  /** The extensions a folder walk picks up. */
  public static final List<String> EXTENSIONS =
      List.of(".txt", ".docx", ".doc", ".odt", ".pdf", ".html", ".htm", ".rtf");

  private static final int HEAD_BYTES = 512;
  /** A complete PDF ends with %%EOF, give or take trailing white space and junk. */
  private static final int PDF_TAIL_BYTES = 1024;

  private final ReadLimits limits;
  private final TextReader plain;
  private volatile TikaTextExtractor tika;

  /** {@code charset}: read plain text in it, or null to detect it. */
  public DocumentFileReader(ReadLimits limits, Charset charset) {
    this.limits = limits;
    this.plain = new TextReader(limits.maxBytes(), charset);
  }

  public DocumentFileReader(long maxBytes) {
    this(ReadLimits.defaults().withMaxBytes(maxBytes), null);
  }

  public DocumentFileReader() {
    this(ReadLimits.defaults(), null);
  }

  /** Reads a file of any supported format; the source of the result is the path as given. */
  public TextInput read(Path path) throws InputRejectedException {
    String source = path.toString();
    if (!Files.isRegularFile(path)) {
      return plain.read(path); // its messages for missing files, broken links and folders
    }
    DocumentFormat format = DocumentFormat.of(path.getFileName().toString(), head(path, source));
    if (format == DocumentFormat.PLAIN) {
      return plain.read(path);
    }
    long size = size(path, source);
    if (size > limits.maxBytes()) {
      throw new InputRejectedException(source, "too large (" + size + " bytes; limit " + limits.maxBytes() + ")");
    }
    if (format == DocumentFormat.OOXML || format == DocumentFormat.ODF) {
      ZipExpansion.check(path, format.label(), limits.maxExpandedBytes(), source);
    }
    TextInput input = tika().extract(path, format, source, limits);
    if (input.text().isBlank()) {
      throw new InputRejectedException(source, format == DocumentFormat.PDF
          ? emptyPdfReason(path, source)
          : "no text in this " + format.label());
    }
    return input;
  }

  /** Reads a stream (standard input is source "-") as plain text. */
  public TextInput read(String source, InputStream in) throws InputRejectedException {
    return plain.read(source, in);
  }

  private TikaTextExtractor tika() {
    TikaTextExtractor t = tika;
    if (t == null) {
      synchronized (this) {
        if (tika == null) {
          tika = new TikaTextExtractor();
        }
        t = tika;
      }
    }
    return t;
  }

  /** A PDF cut short reads as one without text, since the parser recovers what it can; its end tells them apart. */
  private static String emptyPdfReason(Path path, String source) throws InputRejectedException {
    try (SeekableByteChannel file = Files.newByteChannel(path)) {
      ByteBuffer tail = ByteBuffer.allocate((int) Math.min(file.size(), PDF_TAIL_BYTES));
      file.position(file.size() - tail.capacity());
      while (tail.hasRemaining() && file.read(tail) > 0) {
        continue;
      }
      if (!new String(tail.array(), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
        return "truncated or damaged PDF (no end-of-file marker)";
      }
    } catch (IOException e) {
      throw new InputRejectedException(source, ReadFailure.reason(e));
    }
    return "PDF without a text layer (scanned pages? run OCR first)";
  }

  private static byte[] head(Path path, String source) throws InputRejectedException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new InputRejectedException(source, ReadFailure.reason(e));
    }
  }

  private static long size(Path path, String source) throws InputRejectedException {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new InputRejectedException(source, ReadFailure.reason(e));
    }
  }
}
