package org.diplomatic.analyzer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Wall time of one {@code search} command in a fresh JVM, the median of {@code runs} runs. */
final class ColdStart {
  private ColdStart() {}

  static double medianMillis(Path index, String query, int runs) {
    return medianMillis(index, query, runs, "lexical");
  }

  /** As above, ranked in {@code mode} (lexical, semantic or hybrid). */
  static double medianMillis(Path index, String query, int runs, String mode) {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--limit", "10", "--mode",
        mode));
    args.addAll(List.of(query.trim().split("\\s+")));
    List<String> command = ChildJvm.command(List.of(), args);
    double[] millis = new double[runs];
    for (int r = 0; r < runs; r++) {
      millis[r] = ChildJvm.runMillis(command);
    }
    return Percentiles.median(millis);
  }
}
