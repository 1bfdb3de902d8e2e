package org.diplomatic.analyzer.classify;

/**
 * A tuning document with its sentences' scores, from a network that did not train on it; without
 * {@code sentenceGold} (an article labelled at document level only) its sentences do not tune sentence thresholds.
 */
public record ScoredDocument(AreaDocument document, float[][] sentenceScores, boolean sentenceGold) {
  public ScoredDocument(AreaDocument document, float[][] sentenceScores) {
    this(document, sentenceScores, true);
  }
}
