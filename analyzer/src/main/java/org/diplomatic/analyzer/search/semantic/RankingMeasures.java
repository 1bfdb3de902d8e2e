package org.diplomatic.analyzer.search.semantic;

import java.util.List;
import java.util.Set;

/** Average precision and recall at k of one ranked list against the documents judged relevant. */
public final class RankingMeasures {
  private RankingMeasures() {}

  /** Mean of the precision at each relevant document's rank, over all relevant documents (found or not). */
  public static double averagePrecision(List<String> ranked, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    int found = 0;
    double sum = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  /**
   * Relevant documents in the top {@code k} over the most the top k can hold (min(k, relevant)): a topic with more
   * than k relevant documents can still reach 1.
   */
  public static double recallAt(int k, List<String> ranked, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(relevant::contains).count();
    return (double) found / Math.min(k, relevant.size());
  }
}
