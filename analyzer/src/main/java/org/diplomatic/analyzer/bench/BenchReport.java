package org.diplomatic.analyzer.bench;

import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measured: the workload, model load times, per-stage medians, end-to-end and plain-Lucene
 * medians, search latency and cold start, and heap. Tokens are {@code WordTokenizer} words of the workload.
 * {@code firstPass} is the first warm-up pass: end to end in a JVM that has just loaded the models (JIT cold).
 */
public record BenchReport(
    BenchConfig config,
    WorkloadStats workload,
    Map<String, Double> loadMillis,
    List<StageResult> stages,
    StageResult endToEnd,
    StageResult firstPass,
    OpenVocabulary openVocabulary,
    StageResult plainLucene,
    SearchStats search,
    IndexCommandStats indexCommand,
    double peakHeapMb,
    double maxHeapMb) {

  /** End-to-end over plain Lucene, in documents per second (below 1: the pipeline is slower). */
  public double ratio() {
    return plainLucene.docsPerSecond() > 0 ? endToEnd.docsPerSecond() / plainLucene.docsPerSecond() : 0;
  }

  /** End to end over documents recombined from public news sentences; null when not run. */
  public record OpenVocabulary(StageResult endToEnd, long arabicWordTypes) {}

  /** Size of the generated workload; {@code arabicWordTypes}: distinct Arabic word forms in it. */
  public record WorkloadStats(int docs, long arabicDocs, long persianDocs, long tokens, long bytes,
      long arabicWordTypes) {}

  /**
   * The {@code index} command in a new JVM over {@code docs} files ({@code tokens} words): wall time, the heap it was
   * given and the most heap live after a collection. Null when not run.
   */
  public record IndexCommandStats(int docs, long tokens, double seconds, int heapMb, long maxLiveMb) {
    public double docsPerSecond() {
      return docs / seconds;
    }

    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /** Search latency over the query mix, the index it ran on, and the cold-JVM {@code search} wall time. */
  public record SearchStats(int docs, double indexSeconds, int queries, double p50Ms, double p99Ms, double meanMs,
      double coldStartMs, List<ModeStats> byMode) {
    public SearchStats(int docs, double indexSeconds, int queries, double p50Ms, double p99Ms, double meanMs,
        double coldStartMs) {
      this(docs, indexSeconds, queries, p50Ms, p99Ms, meanMs, coldStartMs, List.of());
    }
  }

  /**
   * The same query mix ranked by meaning or by both (the figures above are by terms): latency percentiles and a cold
   * {@code search --mode MODE} command; none when the word vectors are absent.
   */
  public record ModeStats(String mode, double p50Ms, double p99Ms, double coldStartMs) {}
}
