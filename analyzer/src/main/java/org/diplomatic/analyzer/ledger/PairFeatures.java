package org.diplomatic.analyzer.ledger;

/**
 * What {@link PromiseLinker} knows of a statement beside an open promise it may continue, once the hard rules (parties,
 * areas, a document's other promises, meetings and ranks, figures a restatement needs) let the pair through: content
 * similarity (0-1), a figure equal to one of the promise's (or the same numbered session), a rate in the unit and
 * period of one of the promise's but another value, the same due date, the same holder, whether the statement is a
 * report of something done, and whether it is in another language than the promise's first statement (a translation
 * shares fewer words: the same content similarity says more across languages). Not the years between them: the series
 * span years by design and the published news known not to join are of one month, so a scorer would learn how the
 * data were made, not what makes two statements one promise.
 */
public record PairFeatures(double content, boolean sameFigure, boolean movedFigure, boolean sameDeadline,
    boolean sameHolder, boolean report, boolean crossLanguage) {
  /** The names of {@link #vector()}'s entries, in order (the columns of a trained scorer's table). */
  static final java.util.List<String> NAMES = java.util.List.of("content", "same_figure", "moved_figure",
      "same_deadline", "same_holder", "report", "cross_language");

  /** The features as numbers: flags 0 or 1. */
  public double[] vector() {
    return new double[] {content, flag(sameFigure), flag(movedFigure), flag(sameDeadline), flag(sameHolder),
        flag(report), flag(crossLanguage)};
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
