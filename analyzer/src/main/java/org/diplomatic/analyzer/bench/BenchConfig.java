package org.diplomatic.analyzer.bench;

import java.nio.file.Path;

/**
 * One benchmark run: the corpus to recombine, the trained models, the public NER corpora for a second, open-vocabulary
 * workload (null for none), {@code docs} workload documents (default
 * {@value #DEFAULT_DOCS}), {@code searchDocs} documents in the search index (default {@value #DEFAULT_SEARCH_DOCS}),
 * {@code indexDocs} documents written as files for one {@code index} command in a new JVM (default
 * {@value #DEFAULT_INDEX_DOCS}, 0 for none), {@code warmup} untimed end-to-end passes before the timed ones (default
 * {@value #DEFAULT_WARMUP}: with two cores busy analyzing, the JIT needs a few passes to finish compiling),
 * {@code repeat} timed runs per measurement (median kept, default 3), {@code threads} for end-to-end and indexing
 * (default: the processors), {@code coldRuns} cold-JVM searches (default 5) and the workload seed.
 */
public record BenchConfig(Path corpus, Path models, Path ner, int docs, int searchDocs, int indexDocs, int warmup,
    int repeat, int threads, int coldRuns, long seed) {
  public static final int DEFAULT_DOCS = 2000;
  public static final int DEFAULT_SEARCH_DOCS = 100_000;
  public static final int DEFAULT_WARMUP = 5;
  public static final int DEFAULT_INDEX_DOCS = 10_000;

  public BenchConfig {
    positive("docs", docs);
    positive("search-docs", searchDocs);
    positive("warmup", warmup);
    positive("repeat", repeat);
    positive("threads", threads);
    if (indexDocs < 0) {
      throw new IllegalArgumentException("index-docs must be 0 or more: " + indexDocs);
    }
    if (coldRuns < 0) {
      throw new IllegalArgumentException("cold-runs must be 0 or more: " + coldRuns);
    }
  }

  private static void positive(String key, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(key + " must be at least 1: " + value);
    }
  }
}
