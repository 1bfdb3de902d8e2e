package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;

/**
 * Splits text into the tokens of the CoNLL name data: runs of letters, digits and combining marks (ZWNJ, tatweel and
 * a bidi mark typed for a ZWNJ stay inside a word, a dot between digits stays inside a number; a run without a letter or digit, such as a
 * tatweel used as a dash, is dropped), every other non-space character a token of its own; offsets point into the
 * original text and {@code form} is the text itself.
 */
public final class NameTokenizer {
  private static final char ZWNJ = '\u200C';
  private static final char ZWJ = '\u200D';
  private static final char TATWEEL = '\u0640';

  /** Tokens of {@code text[start, end)}. */
  public List<Token> tokenize(String text, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u200F' || c == '\u200E' || c == '\uFEFF') {
        i++;
      } else if (isWordChar(c)) {
        int j = i + 1;
        while (j < end && (isWordChar(text.charAt(j)) || isInnerDot(text, j, end) || isInnerBidiMark(text, j, end))) {
          j++;
        }
        // ZWNJ at a word's edge is noise, not part of the word
        int s = i;
        int e = j;
        while (e > s && text.charAt(e - 1) == ZWNJ) {
          e--;
        }
        while (s < e && text.charAt(s) == ZWNJ) {
          s++;
        }
        if (hasLetterOrDigit(text, s, e)) { // a lone tatweel or mark (ـ as a dash) is no word
          tokens.add(new Token(text.substring(s, e), text.substring(s, e), s, e));
        }
        i = j;
      } else {
        tokens.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  /** Tokens of one sentence. */
  public List<Token> tokenize(String text, Sentence sentence) {
    return tokenize(text, sentence.start(), sentence.end());
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == ZWNJ
        || c == ZWJ
        || c == TATWEEL
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetterOrDigit(c) && c != TATWEEL) { // tatweel is a letter (Lm) to Java
        return true;
      }
    }
    return false;
  }

  /**
   * A left-to-right or right-to-left mark between two letters, which some Persian sites type for a ZWNJ
   * (U+200E in "حجت‌الاسلام" on some Fars News pages); elsewhere it is a blank.
   */
  private static boolean isInnerBidiMark(String text, int i, int end) {
    char c = text.charAt(i);
    return (c == '\u200E' || c == '\u200F')
        && i > 0
        && i + 1 < end
        && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isInnerDot(String text, int i, int end) {
    char c = text.charAt(i);
    return (c == '.' || c == '\u066B' || c == ',')
        && i > 0
        && i + 1 < end
        && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
  }
}
