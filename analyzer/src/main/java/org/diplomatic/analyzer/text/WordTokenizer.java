package org.diplomatic.analyzer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A ZWNJ-aware word tokenizer for Persian (and a fast fallback for Arabic): a token is a run of letters, marks,
 * digits and ZWNJ (so می‌شود and همکاری‌ها stay one word); a digit run keeps its inner separators (1,500.5 ۱٬۵۰۰٫۵);
 * every other visible character is a token of its own. What folds to nothing is no token: a tatweel used as a dash
 * (ـ), a stray diacritic, a bidi mark (U+200F) or BOM, a Quranic sign such as ۝.
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
      String surface = text.substring(i, j);
      String form = normalizer.apply(surface);
      if (!form.isEmpty()) { // a lone tatweel, bidi mark or Quranic sign folds to nothing: no word to match
        tokens.add(new Token(surface, form, i, j));
      }
      i = j;
    }
    return tokens;
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
