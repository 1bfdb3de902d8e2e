package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads any supported file into a {@link TextInput}: plain text (and unknown extensions, and standard input)
 * through the strict {@link TextReader}; Word ({@code .docx}, {@code .doc}), OpenDocument ({@code .odt}), PDF, HTML
 * and RTF through Apache Tika, body text only, one line per paragraph. Rejects, naming the file, what is too large,
 * corrupt, encrypted or without text. Tika starts (about a second) only when the first such file is read.
 * Thread-safe.
 */
public final class DocumentFileReader {
  /** The extensions a folder walk picks up. */
  public static final List<String> EXTENSIONS =
      List.of(".txt", ".docx", ".doc", ".odt", ".pdf", ".html", ".htm", ".rtf");

  private static final int HEAD_BYTES = 512;

  private final long maxBytes;
  private final TextReader plain;
  private volatile TikaTextExtractor tika;

  public DocumentFileReader(long maxBytes) {
    this.plain = new TextReader(maxBytes);
    this.maxBytes = maxBytes;
  }

  public DocumentFileReader() {
    this(TextReader.DEFAULT_MAX_BYTES);
  }

  /** Reads a file of any supported format; the source of the result is the path as given. */
  public TextInput read(Path path) throws InputRejectedException {
    String source = path.toString();
    if (!Files.isRegularFile(path)) {
      return plain.read(path); // its messages for missing files and folders
    }
    DocumentFormat format = DocumentFormat.of(path.getFileName().toString(), head(path, source));
    if (format == DocumentFormat.PLAIN) {
      return plain.read(path);
    }
    long size = size(path, source);
    if (size > maxBytes) {
      throw new InputRejectedException(source, "too large (" + size + " bytes; limit " + maxBytes + ")");
    }
    if (format == DocumentFormat.OOXML || format == DocumentFormat.ODF) {
      checkZip(path, format, source);
    }
    String text = tika().extract(path, format, source);
    if (text.isBlank()) {
      throw new InputRejectedException(source, format == DocumentFormat.PDF
          ? "PDF without a text layer (scanned pages? run OCR first)"
          : "no text in this " + format.label());
    }
    return new TextInput(source, text);
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

  private static byte[] head(Path path, String source) throws InputRejectedException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (NoSuchFileException e) {
      throw new InputRejectedException(source, "no such file");
    } catch (IOException e) {
      throw new InputRejectedException(source, "cannot read (" + e.getMessage() + ")");
    }
  }

  private static long size(Path path, String source) throws InputRejectedException {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new InputRejectedException(source, "cannot read (" + e.getMessage() + ")");
    }
  }

  /** A damaged zip gets a clear message here rather than a library error from deep inside the parser. */
  private static void checkZip(Path path, DocumentFormat format, String source) throws InputRejectedException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.size() == 0) {
        throw new InputRejectedException(source, "corrupt " + format.label() + " (empty zip)");
      }
    } catch (ZipException e) {
      throw new InputRejectedException(source, "corrupt " + format.label() + " (not a valid zip file)");
    } catch (IOException e) {
      throw new InputRejectedException(source, "cannot read (" + e.getMessage() + ")");
    }
  }
}
