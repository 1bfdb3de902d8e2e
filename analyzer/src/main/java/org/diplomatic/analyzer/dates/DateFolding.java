package org.diplomatic.analyzer.dates;

import java.util.Locale;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * The form dates are matched on: {@link TextNormalizer#folding()} (hamza, yeh, kaf and teh marbuta variants), lower
 * case, Arabic-Indic and Persian digits as ASCII, ZWNJ as a space and tatweel dropped (هـ -> ه).
 */
final class DateFolding {
  private static final TextNormalizer FOLD = TextNormalizer.folding();

  private DateFolding() {}

  static String fold(String text) {
    String folded = FOLD.apply(text).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        out.append((char) ('0' + c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        out.append((char) ('0' + c - '\u06F0'));
      } else if (c == '\u200C') {
        out.append(' ');
      } else if (c != '\u0640') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
