package org.diplomatic.analyzer.bench;

import java.util.Map;

/** The report as a plain-text table for people: stages, end to end, plain Lucene, ratio, search, heap, loads. */
public final class BenchTable {
  private BenchTable() {}

  public static String of(BenchReport r) {
    StringBuilder out = new StringBuilder();
    BenchConfig c = r.config();
    BenchReport.WorkloadStats w = r.workload();
    out.append(String.format("workload: %d docs (%d ar, %d fa), %d tokens (WordTokenizer), %d bytes; seed %d%n",
        w.docs(), w.arabicDocs(), w.persianDocs(), w.tokens(), w.bytes(), c.seed()));
    out.append(String.format("medians of %d runs after %d warm-up passes; %d threads end to end; -Xmx %.0f MB; "
        + "%d processors%n%n", c.repeat(), c.warmup(), c.threads(), r.maxHeapMb(),
        Runtime.getRuntime().availableProcessors()));
    out.append(String.format("%-26s %12s %12s %10s%n", "stage (1 thread)", "docs/s", "tokens/s", "seconds"));
    for (StageResult s : r.stages()) {
      out.append(row(s.stage(), s));
    }
    out.append('\n');
    out.append(row("end to end (" + c.threads() + " thr)", r.endToEnd()));
    out.append(row("  ... first pass, new JVM", r.firstPass()));
    if (r.openVocabulary() != null) {
      out.append(row("  ... public news text", r.openVocabulary().endToEnd()));
    }
    out.append(row("plain Lucene (" + c.threads() + " thr)", r.plainLucene()));
    out.append(String.format("%-26s %12.4f%n%n", "ratio e2e / plain", r.ratio()));
    BenchReport.SearchStats s = r.search();
    out.append(String.format("search over %d docs (index built in %.1f s), %d queries: p50 %.2f ms, p99 %.2f ms, "
        + "mean %.2f ms%n", s.docs(), s.indexSeconds(), s.queries(), s.p50Ms(), s.p99Ms(), s.meanMs()));
    out.append(String.format("cold 'search' command (new JVM), median: %.0f ms%n", s.coldStartMs()));
    for (BenchReport.ModeStats m : s.byMode()) {
      out.append(String.format("  --mode %-8s p50 %.2f ms, p99 %.2f ms%s%n", m.mode(), m.p50Ms(), m.p99Ms(),
          m.coldStartMs() > 0 ? String.format(", cold %.0f ms", m.coldStartMs()) : ""));
    }
    BenchReport.IndexCommandStats ic = r.indexCommand();
    if (ic != null) {
      out.append(String.format("'index' command, new JVM, -Xmx%dm: %d files, %d tokens in %.1f s (%.1f docs/s, "
          + "%.0f tokens/s, model load included); at most %d MB live after a GC%n", ic.heapMb(), ic.docs(),
          ic.tokens(), ic.seconds(), ic.docsPerSecond(), ic.tokensPerSecond(), ic.maxLiveMb()));
    }
    out.append(String.format("peak heap: %.0f MB of %.0f MB%n", r.peakHeapMb(), r.maxHeapMb()));
    out.append("model load (ms):");
    for (Map.Entry<String, Double> e : r.loadMillis().entrySet()) {
      out.append(String.format(" %s %.0f;", e.getKey(), e.getValue()));
    }
    out.append('\n');
    return out.toString();
  }

  private static String row(String name, StageResult s) {
    return String.format("%-26s %12.1f %12.0f %10.3f%n", name, s.docsPerSecond(), s.tokensPerSecond(), s.seconds());
  }
}
