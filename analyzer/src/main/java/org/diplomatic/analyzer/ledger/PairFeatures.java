package org.diplomatic.analyzer.ledger;

/**
 * What {@link PromiseLinker} knows of a statement beside an open promise it may continue, once the hard rules (parties,
 * areas, a document's other promises, meetings and ranks, figures a restatement needs) let the pair through: content
 * similarity (0-1), a figure equal to one of the promise's (or the same numbered session), a rate in the unit and
 * period of one of the promise's but another value, the same due date, the same holder, whether the statement is a
 * report of something done, whether it is in another language than the promise's first statement, and the years
 * between it and the promise's last statement.
 */
record PairFeatures(double content, boolean sameFigure, boolean movedFigure, boolean sameDeadline,
    boolean sameHolder, boolean report, boolean crossLanguage, double yearsApart) {
  /** The names of {@link #vector()}'s entries, in order (the columns of a trained scorer's table). */
  static final java.util.List<String> NAMES = java.util.List.of("content", "same_figure", "moved_figure",
      "same_deadline", "same_holder", "report", "cross_language", "years_apart");

  /** The features as numbers: flags 0 or 1, years as written (capped at 10 by {@link PromiseLinker}). */
  double[] vector() {
    return new double[] {content, flag(sameFigure), flag(movedFigure), flag(sameDeadline), flag(sameHolder),
        flag(report), flag(crossLanguage), yearsApart};
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
