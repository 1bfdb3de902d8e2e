package org.diplomatic.analyzer.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * Guesses which single-byte Arabic code page a non-UTF-8 file was saved in: each candidate decodes it strictly, and
 * the one whose non-ASCII characters are most often Arabic-script letters and marks wins, if they are most of
 * them. A character glued to a Latin letter does not count: Latin-1 text read in ISO-8859-6 turns {@code café}
 * into {@code cafى}, Arabic letters inside Latin words, which real Arabic and Persian text does not have. Windows-1256 puts Latin letters (à, é, ×) and ISO-8859-6 C1 controls where the other has Arabic letters,
 * and ISO-8859-6 leaves the bytes of ف ق ك in Windows-1256 undefined, so a wrong guess scores low.
 */
final class LegacyArabicCharset {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final List<Charset> CANDIDATES = List.of(WINDOWS_1256, ISO_8859_6);
  /** Below this share of Arabic-script characters among the non-ASCII ones, the text is not Arabic or Persian. */
  private static final double MIN_ARABIC_SHARE = 0.8;

  private LegacyArabicCharset() {}

  /** The best candidate and its decoding, or null when none reads as Arabic or Persian text. */
  static Decoded guess(byte[] bytes) {
    Decoded best = null;
    double bestShare = MIN_ARABIC_SHARE;
    for (Charset charset : CANDIDATES) {
      String text = strict(charset, bytes);
      if (text == null) {
        continue;
      }
      double share = arabicShare(text);
      if (best == null ? share >= bestShare : share > bestShare) { // a tie goes to Windows-1256, far more used
        best = new Decoded(charset, text);
        bestShare = share;
      }
    }
    return best;
  }

  /** The text of {@code bytes} in {@code charset}, or null when some byte is malformed or unmapped there. */
  static String strict(Charset charset, byte[] bytes) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static double arabicShare(String text) {
    int nonAscii = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      boolean arabicScript = (c >= '\u0600' && c <= '\u06FF') || c == '\u200C' || c == '\u200D' || c == '\u00A0';
      if (arabicScript && !latinLetterAt(text, i - 1) && !latinLetterAt(text, i + 1)) {
        arabic++;
      }
    }
    return nonAscii == 0 ? 0 : (double) arabic / nonAscii;
  }

  private static boolean latinLetterAt(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A charset and the text it gave. */
  record Decoded(Charset charset, String text) {}
}
