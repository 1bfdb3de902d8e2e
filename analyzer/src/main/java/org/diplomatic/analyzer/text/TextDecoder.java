package org.diplomatic.analyzer.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a plain-text file's bytes. A charset the user chose is used strictly. Otherwise, in this order: a byte
 * order mark (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without one (every other byte 00 or 06, the high bytes of Latin
 * and Arabic); binary data (NUL or many control bytes) is rejected; strict UTF-8; and, for what is not valid UTF-8,
 * Windows-1256 or ISO-8859-6 when one of them reads as Arabic-script text ({@link LegacyArabicCharset}). Text read
 * in anything but UTF-8 carries that charset's name in {@link TextInput#readAs()}.
 */
final class TextDecoder {
  private static final Charset UTF_16LE = StandardCharsets.UTF_16LE;
  private static final Charset UTF_16BE = StandardCharsets.UTF_16BE;

  private final Charset chosen;

  /** {@code chosen}: the charset to read every file in, or null to detect it. */
  TextDecoder(Charset chosen) {
    this.chosen = chosen;
  }

  TextInput decode(String source, byte[] bytes) throws InputRejectedException {
    if (chosen != null) {
      return checked(source, strictOrReject(source, chosen, bytes), null);
    }
    Charset marked = ByteOrderMark.of(bytes);
    if (marked != null) {
      return checked(source, strictOrReject(source, marked, bytes),
          marked.equals(StandardCharsets.UTF_8) ? null : marked.name());
    }
    LegacyArabicCharset.Decoded utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return checked(source, utf16.text(), utf16.charset().name());
    }
    rejectBinary(source, bytes);
    String utf8 = LegacyArabicCharset.strict(StandardCharsets.UTF_8, bytes);
    if (utf8 != null) {
      return checked(source, utf8, null);
    }
    LegacyArabicCharset.Decoded legacy = LegacyArabicCharset.guess(bytes);
    if (legacy != null) {
      return checked(source, legacy.text(), legacy.charset().name());
    }
    throw new InputRejectedException(source, "not valid UTF-8 (bad byte sequence at byte "
        + badByte(StandardCharsets.UTF_8, bytes) + "), nor Arabic or Persian text in Windows-1256, ISO-8859-6 or "
        + "UTF-16 (name its charset with --encoding)");
  }

  private static TextInput checked(String source, String text, String readAs) throws InputRejectedException {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputRejectedException(source, "binary file (contains NUL characters)");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > 8 && controls * 100L > text.length()) {
      throw new InputRejectedException(source, "binary file (" + controls + " control characters)");
    }
    if (text.isBlank()) {
      throw new InputRejectedException(source, "empty file");
    }
    return new TextInput(source, text, readAs);
  }

  private static void rejectBinary(String source, byte[] bytes) throws InputRejectedException {
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
  }

  private static String strictOrReject(String source, Charset charset, byte[] bytes) throws InputRejectedException {
    String text = LegacyArabicCharset.strict(charset, bytes);
    if (text == null) {
      throw new InputRejectedException(source, "not valid " + charset.name() + " (bad byte sequence at byte "
          + badByte(charset, bytes) + ")");
    }
    return text;
  }

  private static int badByte(Charset charset, byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer);
    } catch (CharacterCodingException e) {
      return buffer.position();
    }
    return bytes.length;
  }

  /**
   * UTF-16 without a byte order mark: nearly every code unit's high byte is one of Latin (00), Arabic (06),
   * punctuation and ZWNJ (20) or Arabic presentation forms (FB-FE), most are 00 or 06, and the low bytes are not
   * mostly zero as well (which would be binary data).
   */
  private static LegacyArabicCharset.Decoded utf16WithoutMark(byte[] bytes) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return null;
    }
    int units = bytes.length / 2;
    for (Charset charset : new Charset[] {UTF_16LE, UTF_16BE}) {
      int high = charset == UTF_16LE ? 1 : 0;
      int plausible = 0;
      int latinOrArabic = 0;
      int zeroLow = 0;
      for (int i = 0; i < units; i++) {
        int h = bytes[2 * i + high] & 0xFF;
        if (h == 0x00 || h == 0x06) {
          latinOrArabic++;
        }
        if (h == 0x00 || h == 0x06 || h == 0x20 || (h >= 0xFB && h <= 0xFE)) {
          plausible++;
        }
        if (bytes[2 * i + 1 - high] == 0) {
          zeroLow++;
        }
      }
      if (plausible * 100L >= units * 95L && latinOrArabic * 2L >= units && zeroLow * 10L < units) {
        String text = LegacyArabicCharset.strict(charset, bytes);
        if (text != null) {
          return new LegacyArabicCharset.Decoded(charset, text);
        }
      }
    }
    return null;
  }
}
