package org.diplomatic.analyzer.classify;

/**
 * How texts become feature vectors: {@code dimensions} hash buckets; word unigrams and bigrams over folded tokens
 * (with Arabic proclitics و ب ل ف ال stripped as an extra feature); character n-grams of lengths
 * {@code minCharN}..{@code maxCharN} inside words (they catch ارتباطات/الاتصالات-style morphology).
 */
public record FeaturizerConfig(int dimensions, int minCharN, int maxCharN, boolean wordBigrams) {
  /** The measured default (see models/areas/README.md). */
  public static FeaturizerConfig defaults() {
    return new FeaturizerConfig(1 << 13, 3, 5, true);
  }
}
