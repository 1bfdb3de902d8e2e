package org.diplomatic.analyzer.classify;

/**
 * The hash bucket of each kind of feature {@link AreaFeaturizer} counts: {@code Math.floorMod(feature.hashCode(),
 * dimensions)} of the feature string, computed from the word's characters without building that string
 * ({@link String#hashCode} is {@code h = 31 * h + c} over the chars, so it can be carried on piece by piece).
 */
final class FeatureBuckets {
  private static final int WORD = "w:".hashCode();
  private static final int BIGRAM = "b:".hashCode();
  private static final int CHARS = "c:".hashCode();

  private final int dimensions;
  private final int mask;

  FeatureBuckets(int dimensions) {
    this.dimensions = dimensions;
    // floorMod by a power of two is a mask (for negative hashes too), which spares a division per feature
    this.mask = Integer.bitCount(dimensions) == 1 ? dimensions - 1 : -1;
  }

  /** The bucket of {@code "w:" + word.substring(from)}. */
  int word(String word, int from) {
    return bucket(append(WORD, word, from));
  }

  /** The bucket of {@code "b:" + first.substring(firstFrom) + " " + second.substring(secondFrom)}. */
  int bigram(String first, int firstFrom, String second, int secondFrom) {
    return bucket(append(31 * append(BIGRAM, first, firstFrom) + ' ', second, secondFrom));
  }

  /**
   * The bucket of {@code "c:" + padded.substring(start, start + n)} where {@code padded} is
   * {@code "<" + word.substring(from) + ">"}.
   */
  int charGram(String word, int from, int start, int n) {
    int close = word.length() - from + 1; // where '>' is in padded
    int h = CHARS;
    for (int i = start; i < start + n; i++) {
      h = 31 * h + (i == 0 ? '<' : i == close ? '>' : word.charAt(from + i - 1));
    }
    return bucket(h);
  }

  private static int append(int hash, String s, int from) {
    int h = hash;
    for (int i = from; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private int bucket(int hash) {
    return mask >= 0 ? hash & mask : Math.floorMod(hash, dimensions);
  }
}
