package org.diplomatic.analyzer.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's passages (sentences, and lines: minutes have lines without full stops), whose vectors the index keeps
 * ({@link PassageVectors}); and, for indexes made before that, the passage closest in meaning to a query computed
 * from the text.
 */
final class Passages {
  /**
   * Passages end at white space after a sentence's end (. ! ? ؟ ؛) and at line breaks: the breaks of the pattern
   * {@code (?<=[.!?؟؛])\s+|\n+}, found by a scan (the pattern's split was a twentieth of a hybrid search's CPU,
   * splitting each hit found by meaning to show its best passage).
   */
  private static final String SENTENCE_ENDS = ".!?؟؛";
  /** Most passages kept per document: a longer document's passages are joined in equal runs. */
  static final int MAX = 64;

  private Passages() {}

  /** The non-blank passages of {@code text}, stripped; at most {@link #MAX}, consecutive ones joined when more. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int at = 0;
    while (at < text.length()) {
      if (!space(text.charAt(at))) {
        at++;
        continue;
      }
      int end = at;
      boolean lineBreak = false;
      while (end < text.length() && space(text.charAt(end))) {
        lineBreak |= text.charAt(end) == '\n';
        end++;
      }
      // blank runs between line breaks and the spaces beside them are stripped away below
      if (lineBreak || at > 0 && SENTENCE_ENDS.indexOf(text.charAt(at - 1)) >= 0) {
        add(parts, text.substring(start, at));
        start = end;
      }
      at = end;
    }
    add(parts, text.substring(start));
    if (parts.size() <= MAX) {
      return parts;
    }
    int run = (parts.size() + MAX - 1) / MAX;
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < parts.size(); i += run) {
      joined.add(String.join(" ", parts.subList(i, Math.min(parts.size(), i + run))));
    }
    return joined;
  }

  private static void add(List<String> parts, String passage) {
    if (!passage.isBlank()) {
      parts.add(passage.strip());
    }
  }

  /** White space as a pattern's {@code \s} means it (ASCII only). */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Each passage's vector (null when none of its words has one). */
  static List<float[]> vectors(List<String> passages, TextEmbedding embedding) {
    List<float[]> out = new ArrayList<>(passages.size());
    for (String passage : passages) {
      out.add(embedding.embed(passage));
    }
    return out;
  }

  /** The passage with the highest dot product with {@code query}; the text when none has a vector. */
  static String closest(String text, float[] query, TextEmbedding embedding) {
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (String passage : split(text)) {
      float[] v = embedding.embed(passage);
      double score = v == null ? Double.NEGATIVE_INFINITY : dot(v, query);
      if (best == null || score > bestScore) {
        best = passage;
        bestScore = score;
      }
    }
    return best == null ? text : best;
  }

  /** The highest dot product of a passage with {@code query}, or -1 when none has a vector. */
  static double bestSimilarity(String text, float[] query, TextEmbedding embedding) {
    double best = -1;
    for (String passage : split(text)) {
      float[] v = embedding.embed(passage);
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
