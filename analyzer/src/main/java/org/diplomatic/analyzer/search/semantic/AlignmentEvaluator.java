package org.diplomatic.analyzer.search.semantic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word translation by nearest neighbour: for each held-out source word with a vector and a translation in the
 * target vocabulary, whether a translation is the nearest target word by cosine (precision@1) or among the five
 * nearest (precision@5). Both sides must be unit vectors in one space.
 */
public final class AlignmentEvaluator {
  /** Precision at 1 and 5 over {@code pairs} source words. */
  public record Score(int pairs, double p1, double p5) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "P@1 %.3f  P@5 %.3f  (%d words)", p1, p5, pairs);
    }
  }

  private AlignmentEvaluator() {}

  /**
   * @param gold source term -> its translations, as keys
   * @param source source term -> vector in the shared space
   * @param targetTerms the target vocabulary searched
   * @param targetVectors their vectors, row i for term i
   */
  public static Score evaluate(Map<String, Set<String>> gold, Map<String, float[]> source, List<String> targetTerms,
      float[][] targetVectors) {
    Set<String> targetVocabulary = new HashSet<>(targetTerms);
    int pairs = 0;
    int at1 = 0;
    int at5 = 0;
    for (Map.Entry<String, Set<String>> entry : gold.entrySet()) {
      float[] query = source.get(entry.getKey());
      if (query == null || entry.getValue().stream().noneMatch(targetVocabulary::contains)) {
        continue;
      }
      pairs++;
      int[] nearest = nearest(query, targetVectors, 5);
      for (int rank = 0; rank < nearest.length; rank++) {
        if (entry.getValue().contains(targetTerms.get(nearest[rank]))) {
          at1 += rank == 0 ? 1 : 0;
          at5++;
          break;
        }
      }
    }
    return pairs == 0 ? new Score(0, 0, 0) : new Score(pairs, (double) at1 / pairs, (double) at5 / pairs);
  }

  /** Source term -> all its translations among {@code pairs}, read in the given direction. */
  public static Map<String, Set<String>> gold(List<SeedLexicon.Pair> pairs, boolean persianToArabic) {
    Map<String, Set<String>> gold = new HashMap<>();
    for (SeedLexicon.Pair pair : pairs) {
      String from = persianToArabic ? pair.persian() : pair.arabic();
      String to = persianToArabic ? pair.arabic() : pair.persian();
      gold.computeIfAbsent(from, k -> new HashSet<>()).add(to);
    }
    return gold;
  }

  /** Rows of the {@code k} largest dot products with {@code query}, best first. */
  static int[] nearest(float[] query, float[][] rows, int k) {
    int[] best = new int[Math.min(k, rows.length)];
    float[] scores = new float[best.length];
    int filled = 0;
    for (int r = 0; r < rows.length; r++) {
      float score = Vectors.dot(query, rows[r]);
      if (filled < best.length || score > scores[filled - 1]) {
        int at = filled < best.length ? filled++ : filled - 1;
        while (at > 0 && scores[at - 1] < score) {
          scores[at] = scores[at - 1];
          best[at] = best[at - 1];
          at--;
        }
        scores[at] = score;
        best[at] = r;
      }
    }
    return best;
  }
}
