package org.diplomatic.analyzer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A ZWNJ-aware word tokenizer for Persian (and a fast fallback for Arabic): a token is a run of letters, marks,
 * digits and ZWNJ (so می‌شود and همکاری‌ها stay one word); a digit run keeps its inner separators (1,500.5 ۱٬۵۰۰٫۵);
 * every other visible character is a token of its own. A run of tatweel or combining marks alone (ـ as a dash, a stray
 * diacritic) has no letter or digit and is no token: folded, it would be empty.
 */
public final class WordTokenizer implements Tokenizer {
  private static final char ZWNJ = '\u200C';

  private final TextNormalizer normalizer = TextNormalizer.folding();

  @Override
  public List<Token> tokenize(String text, Sentence sentence) {
    List<Token> tokens = new ArrayList<>();
    int i = sentence.start();
    int end = sentence.end();
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      if (isWordChar(c)) {
        while (j < end && (isWordChar(text.charAt(j)) || isInnerJoiner(text, j, end))) {
          j++;
        }
        while (j > i + 1 && text.charAt(j - 1) == ZWNJ) {
          j--; // a trailing ZWNJ is not part of the word
        }
      }
      if (!isWordChar(c) || hasLetterOrDigit(text, i, j)) {
        String surface = text.substring(i, j);
        tokens.add(new Token(surface, normalizer.apply(surface), i, j));
      }
      i = j;
    }
    return tokens;
  }

  /** Whether {@code text[start, end)} holds a letter or digit other than tatweel (no word without one). */
  public static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetterOrDigit(c) && c != '\u0640') { // tatweel is a letter (Lm) to Java
        return true;
      }
    }
    return false;
  }

  static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == '\u0640';
  }

  /** ZWNJ inside a word, or a digit separator between two digits. */
  private static boolean isInnerJoiner(String text, int j, int end) {
    char c = text.charAt(j);
    if (c == ZWNJ) {
      return j + 1 < end && isWordChar(text.charAt(j + 1));
    }
    boolean separator = c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    return separator
        && j + 1 < end
        && Character.isDigit(text.charAt(j - 1))
        && Character.isDigit(text.charAt(j + 1));
  }
}
