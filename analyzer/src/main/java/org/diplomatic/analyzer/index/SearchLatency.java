package org.diplomatic.analyzer.index;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs a fixed list of searches against one open index and records each search's latency in milliseconds; the first
 * {@code warmup} searches are run but not recorded.
 */
public final class SearchLatency {
  private SearchLatency() {}

  /** Latencies in ms of {@code rounds} passes over {@code requests}, after {@code warmup} unrecorded searches. */
  public static double[] measure(Path indexDir, List<SearchRequest> requests, int warmup, int rounds) {
    return measure(indexDir, requests, warmup, rounds, null);
  }

  /** As above, searching by meaning with {@code embedding} where the requests ask for it. */
  public static double[] measure(Path indexDir, List<SearchRequest> requests, int warmup, int rounds,
      TextEmbedding embedding) {
    return measure(indexDir, requests, warmup, rounds, embedding, false);
  }

  /**
   * As above; {@code passagesFromText} ranks passages by re-analyzing the stored text of the first 20 candidates, as
   * before the index kept passage vectors, to compare the two in one run.
   */
  public static double[] measure(Path indexDir, List<SearchRequest> requests, int warmup, int rounds,
      TextEmbedding embedding, boolean passagesFromText) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no search requests");
    }
    double[] millis = new double[requests.size() * rounds];
    long sink = 0;
    try (IndexSearch search = IndexSearch.open(indexDir, embedding)) {
      search.passagesFromText(passagesFromText);
      for (int i = 0; i < warmup; i++) {
        sink += search.search(requests.get(i % requests.size())).total();
      }
      int k = 0;
      for (int r = 0; r < rounds; r++) {
        for (SearchRequest request : requests) {
          long start = System.nanoTime();
          sink += search.search(request).total();
          millis[k++] = (System.nanoTime() - start) / 1e6;
        }
      }
    }
    // keeps the searches observable so none is optimized away
    if (sink == Long.MIN_VALUE) {
      throw new IllegalStateException();
    }
    return millis;
  }
}
