package org.diplomatic.analyzer.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The charset a byte order mark at the start of a file names (UTF-8, UTF-16LE, UTF-16BE), if any. */
final class ByteOrderMark {
  private ByteOrderMark() {}

  /** The charset, or null when the bytes do not start with a mark. */
  static Charset of(byte[] bytes) {
    if (DocumentFormat.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (DocumentFormat.startsWith(bytes, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (DocumentFormat.startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
