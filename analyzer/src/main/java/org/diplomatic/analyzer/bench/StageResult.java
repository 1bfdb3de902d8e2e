package org.diplomatic.analyzer.bench;

/** Median wall time of one stage over the whole workload, and the throughput it gives. */
public record StageResult(String stage, int docs, long tokens, double seconds) {
  public double docsPerSecond() {
    return seconds > 0 ? docs / seconds : 0;
  }

  public double tokensPerSecond() {
    return seconds > 0 ? tokens / seconds : 0;
  }
}
