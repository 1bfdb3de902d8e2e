package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;

/**
 * A number read from tokens {@code [from, to)}: its exact value, its character offsets (a glued clitic excluded),
 * whether a scale word multiplied it ({@code scale} is the last one, 1 when none), whether it stands only on words
 * that are numbers only in context ({@code ambiguous}), and for "بضعة" the few-range flag.
 */
record NumberPhrase(
    BigDecimal amount,
    int from,
    int to,
    int start,
    int end,
    double scale,
    boolean ambiguous,
    boolean few,
    boolean words,
    boolean fraction) {

  double value() {
    return amount.doubleValue();
  }

  boolean scaled() {
    return scale > 1;
  }
}
