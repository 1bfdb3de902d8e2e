package org.diplomatic.analyzer.index;

import java.util.regex.Pattern;

/** Picks the passage of a document closest in meaning to a query, for the snippet of a hit found by meaning. */
final class Passages {
  /** Sentence ends and line breaks: minutes have lines without full stops. */
  private static final Pattern BREAK = Pattern.compile("(?<=[.!?؟؛])\\s+|\\n+");

  private Passages() {}

  /** The passage with the highest dot product with {@code query}; the opening when none has a vector. */
  static String closest(String text, float[] query, TextEmbedding embedding) {
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (String passage : BREAK.split(text)) {
      if (passage.isBlank()) {
        continue;
      }
      float[] v = embedding.embed(passage);
      double score = v == null ? Double.NEGATIVE_INFINITY : dot(v, query);
      if (best == null || score > bestScore) {
        best = passage;
        bestScore = score;
      }
    }
    return best == null ? text : best.strip();
  }

  /** The highest dot product of a passage with {@code query}, or -1 when none has a vector. */
  static double bestSimilarity(String text, float[] query, TextEmbedding embedding) {
    double best = -1;
    for (String passage : BREAK.split(text)) {
      float[] v = passage.isBlank() ? null : embedding.embed(passage);
      if (v != null) {
        best = Math.max(best, dot(v, query));
      }
    }
    return best;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
