package org.diplomatic.analyzer.classify;

/**
 * How texts become feature vectors: {@code dimensions} hash buckets; word unigrams and bigrams over folded tokens
 * (with Arabic proclitics و ب ل ف ال stripped as an extra feature); character n-grams of lengths
 * {@code minCharN}..{@code maxCharN} inside words (they catch ارتباطات/الاتصالات-style morphology); with
 * {@code keywordFeatures}, one more input per area that is 1 when the text holds a keyword of that area.
 */
public record FeaturizerConfig(
    int dimensions, int minCharN, int maxCharN, boolean wordBigrams, boolean keywordFeatures) {
  /** The measured default (see models/areas/README.md). */
  public static FeaturizerConfig defaults() {
    return new FeaturizerConfig(1 << 13, 3, 5, true, true);
  }

  /** The network's input width. */
  public int inputSize() {
    return dimensions + (keywordFeatures ? org.diplomatic.analyzer.contract.Vocabulary.AREAS.size() : 0);
  }
}
