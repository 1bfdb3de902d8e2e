package org.diplomatic.analyzer.ledger;

/**
 * How {@link PromiseLinker} decides that a statement continues a promise (tuned on the dev series of
 * corpus/ledger; see its README). A statement joins the best-scoring open promise of compatible parties and a shared
 * area when the score reaches {@code threshold}: content similarity (0-1) plus {@code sameFigure} when a figure
 * equals one of the promise's, {@code sameDeadline} for the same due date and {@code sameHolder} for the same
 * holder. {@code recent} open promises per country pair are compared, the most recently touched first. A second
 * commitment of one document joins a promise only when it restates the first: content similarity at least
 * {@code restated}, or the same figure. Without the same figure, a statement needs content similarity of at least
 * {@code leastContent} to join at all. A commitment whose figure is in the unit and period of one of the promise's
 * but another value (the figure moved: 10 to 15 million tonnes a year) adds {@code movedFigure}. Where the models
 * folder has a trained {@link LogisticPairScorer}, it replaces these sums and {@code threshold} ({@link PairScorer#of});
 * the other settings stay hard rules.
 */
public record LinkerSettings(double threshold, double sameFigure, double sameDeadline, double sameHolder,
    int recent, double restated, double leastContent, double movedFigure) {
  public static LinkerSettings defaults() {
    return new LinkerSettings(0.4, 0.3, 0.4, 0.1, 200, 0.5, 0.1, 0.15);
  }
}
