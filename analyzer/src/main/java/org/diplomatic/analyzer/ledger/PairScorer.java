package org.diplomatic.analyzer.ledger;

/**
 * Scores a statement beside an open promise ({@link PairFeatures}); the statement joins its best-scoring promise when
 * the score reaches {@link #threshold()}. {@link #rules} is the hand-set sum of {@link LinkerSettings};
 * {@link LogisticPairScorer} a trained one.
 */
public interface PairScorer {
  double score(PairFeatures f);

  /** The trained scorer of the models folder {@code models} when it has one ({@value LogisticPairScorer#FILE}), else the rules. */
  static PairScorer of(java.nio.file.Path models, LinkerSettings settings) {
    return LogisticPairScorer.load(models).<PairScorer>map(s -> s).orElseGet(() -> rules(settings));
  }

  double threshold();

  /**
   * Content similarity plus {@code sameFigure}, else {@code movedFigure} for a commitment moving a rate, plus
   * {@code sameDeadline} and {@code sameHolder}, against {@code threshold} (report, language and years unused).
   */
  static PairScorer rules(LinkerSettings settings) {
    return new PairScorer() {
      @Override
      public double score(PairFeatures f) {
        double score = f.content();
        if (f.sameFigure()) {
          score += settings.sameFigure();
        } else if (f.movedFigure()) {
          score += settings.movedFigure();
        }
        if (f.sameDeadline()) {
          score += settings.sameDeadline();
        }
        if (f.sameHolder()) {
          score += settings.sameHolder();
        }
        return score;
      }

      @Override
      public double threshold() {
        return settings.threshold();
      }
    };
  }
}
