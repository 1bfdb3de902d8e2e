package org.diplomatic.analyzer.extract.figures;

/**
 * A number read from tokens {@code [from, to)}: its value, its character offsets (a glued clitic excluded), whether a
 * scale word multiplied it ({@code scale} is the last one, 1 when none), whether it stands only on words that are
 * numbers only in context ({@code ambiguous}), and for "بضعة" the few-range flag.
 */
record NumberPhrase(
    double value,
    int from,
    int to,
    int start,
    int end,
    double scale,
    boolean ambiguous,
    boolean few,
    boolean words,
    boolean fraction) {

  boolean scaled() {
    return scale > 1;
  }
}
