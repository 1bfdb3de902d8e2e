package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;

/**
 * A token of the figure scanner: a word, a number written in digits or one punctuation character, with its folded
 * matching key and its offsets in the original text. {@code number} is set for digits; {@code compound} marks digits
 * joined by '/' or ':' (dates, times, document numbers); {@code slashed} a Persian-style slash decimal ("۲/۵") that
 * counts only before a scale or unit; {@code spaceBefore} is false when glued to the previous token.
 */
record FigureToken(
    Kind kind,
    String text,
    String key,
    int start,
    int end,
    BigDecimal number,
    boolean compound,
    boolean leadingZero,
    int integerDigits,
    boolean separated,
    boolean slashed,
    boolean spaceBefore) {

  enum Kind {
    WORD,
    DIGITS,
    PUNCT
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isDigits() {
    return kind == Kind.DIGITS;
  }
}
