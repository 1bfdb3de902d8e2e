package org.diplomatic.analyzer.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import org.diplomatic.analyzer.text.TextInput;

/**
 * The serve section alone ({@code bench --serve-only}): the workload analyzed once, the search index of
 * {@code --search-docs} clones as the whole bench builds it (or the one kept from an earlier run with the same
 * sizes and seed), then {@code --repeat} runs of the same load in process ({@link ServeLoad#CLIENTS} threads calling
 * the search directly) and over HTTP ({@link ServeLoad}), medians kept. The in-process run on the same index and
 * machine is the yardstick for what HTTP, JSON and the people facet add; CPU time per request stays comparable on a
 * machine others load too. With {@code --serve-jvm}, each run also loads {@code serve} in a JVM of its own per set of
 * JVM options ({@link ServeJvm}), alternated, with the collector's pauses.
 */
public final class ServeBench {
  /** The JVM options {@code bin/analyzer serve} adds (its SERVE_OPTS), which {@code --serve-jvm launcher} stands for. */
  static final String LAUNCHER_OPTIONS = "-Xmn1g";
  /** Untimed passes over the mix a new JVM serves before its timed runs, for the JIT. */
  private static final int WARM_PASSES = 3;
  /** Passes over the mix per timed run of a new JVM: enough requests that a run holds a few collections. */
  static final int CHILD_ROUNDS = 3;

  /** Latency and CPU medians of one way of searching. */
  private record Load(double p50Ms, double p99Ms, double cpuMs) {
    static Load median(List<Load> runs) {
      return new Load(Percentiles.median(runs.stream().mapToDouble(Load::p50Ms).toArray()),
          Percentiles.median(runs.stream().mapToDouble(Load::p99Ms).toArray()),
          Percentiles.median(runs.stream().mapToDouble(Load::cpuMs).toArray()));
    }
  }

  /** A served run's collections: pauses and their milliseconds per 1,000 requests, the longest pause. */
  private record Collections(double perThousand, double msPerThousand, double longestMs) {
    static Collections of(ServeJvm.Pauses p, int requests) {
      return new Collections(p.count() * 1000.0 / requests, p.totalMs() * 1000.0 / requests, p.maxMs());
    }

    static Collections median(List<Collections> runs) {
      return new Collections(Percentiles.median(runs.stream().mapToDouble(Collections::perThousand).toArray()),
          Percentiles.median(runs.stream().mapToDouble(Collections::msPerThousand).toArray()),
          Percentiles.median(runs.stream().mapToDouble(Collections::longestMs).toArray()));
    }

    @Override
    public String toString() {
      return String.format("GC %.1f pauses, %.0f ms per 1,000 requests, longest %.1f ms", perThousand,
          msPerThousand, longestMs);
    }
  }

  /** One new JVM serving, its options as given and its runs so far. */
  private record Served(String options, ServeJvm jvm, List<Load> loads, List<Collections> collections) {}

  private ServeBench() {}

  /** The section's lines (table format); {@code keptIndex}: where to keep the index between runs (null: nowhere). */
  public static String run(BenchConfig config, Path keptIndex, PrintWriter progress) {
    return run(config, keptIndex, List.of(), progress);
  }

  /**
   * As {@link #run(BenchConfig, Path, PrintWriter)}, and the same load on {@code serve} in a new JVM per entry of
   * {@code jvms} (JVM options separated by spaces, as in {@code ANALYZER_OPTS}; "" for the JVM's own defaults), each
   * started once and loaded after the in-process runs of each round, so that a busy machine disturbs all alike.
   */
  public static String run(BenchConfig config, Path keptIndex, List<String> jvms, PrintWriter progress) {
    if (keptIndex != null && Files.isDirectory(keptIndex)) {
      refuseWithoutOffsets(keptIndex);
    }
    Workload workload = WorkloadGenerator.fromCorpus(config.corpus()).generate(config.docs(), config.seed());
    Pipeline pipeline = new Pipeline(PipelineConfig.defaults(config.models()));
    List<IndexedDocument> base = ParallelMap.map(workload.documents(), config.threads(),
        d -> IndexMapping.of(pipeline.analyze(new TextInput(d.source(), d.text()))));
    say(progress, "serve: %d workload documents analyzed", base.size());
    DocumentEmbedder embedder = DocumentEmbedder.fromModels(config.models());
    List<SearchMode> modes = embedder == null ? List.of(SearchMode.LEXICAL)
        : List.of(SearchMode.LEXICAL, SearchMode.HYBRID);
    StringBuilder out = new StringBuilder(String.format("%nserve: GET /api/search, %d clients, %d documents, median"
        + " of %d runs%s%n", ServeLoad.CLIENTS, config.searchDocs(), config.repeat(), jvms.isEmpty() ? ""
        : String.format(" (a new JVM: %d passes over the mix a run)", CHILD_ROUNDS)));
    try (TempDirs dirs = new TempDirs()) {
      Path index = keptIndex != null ? keptIndex : dirs.fresh("serve");
      if (Files.isDirectory(index)) {
        say(progress, "serve: the index kept at %s", index);
      } else {
        long start = System.nanoTime();
        SearchCorpus.index(SearchCorpus.clones(base, config.searchDocs(), config.seed()), index, config.threads(),
            embedder);
        say(progress, "serve: index of %d documents in %.1f s", config.searchDocs(), (System.nanoTime() - start) / 1e9);
      }
      List<SearchRequest> mix = QueryMix.of(base, Benchmark.DISTINCT_QUERIES, config.seed());
      List<Served> served = new ArrayList<>();
      try {
        for (String options : jvms) {
          ServeJvm jvm = ServeJvm.start(options(options), index, config.models(),
              dirs.fresh("serve-gc.log"));
          String label = String.join(" ", options(options));
          served.add(new Served(label, jvm, new ArrayList<>(), new ArrayList<>()));
          say(progress, "serve: a new JVM [%s] serves on port %d", label, jvm.port());
        }
        for (SearchMode mode : modes) {
          out.append(mode(config, index, mix, mode, embedder, served, progress));
        }
      } finally {
        served.forEach(s -> s.jvm().close());
      }
    }
    return out.toString();
  }

  /** One mode's lines: {@code --repeat} rounds, each in process, over HTTP in process, then on each new JVM. */
  private static String mode(BenchConfig config, Path index, List<SearchRequest> mix, SearchMode mode,
      DocumentEmbedder embedder, List<Served> served, PrintWriter progress) {
    List<SearchRequest> ranked = mix.stream().map(q -> q.withMode(mode)).toList();
    for (Served s : served) {
      s.loads().clear();
      s.collections().clear();
      for (int w = 0; w < WARM_PASSES; w++) {
        ServeLoad.against(s.jvm().port(), mix, 1, mode, () -> 0);
      }
    }
    List<Load> inProcess = new ArrayList<>();
    List<Load> http = new ArrayList<>();
    for (int r = 0; r < config.repeat(); r++) {
      inProcess.add(concurrent(index, ranked, embedder));
      ServeLoad.Stats s = ServeLoad.measure(index, mix, 1, () -> embedder, List.of(mode)).get(0);
      http.add(new Load(s.p50Ms(), s.p99Ms(), s.cpuMs()));
      say(progress, "serve: --mode %s run %d: in process %s; HTTP %s, %.0f requests/s", name(mode), r + 1,
          line(inProcess.get(r)), line(http.get(r)), s.perSecond());
      for (Served v : served) {
        v.jvm().markLog();
        ServeLoad.Stats c = ServeLoad.against(v.jvm().port(), mix, CHILD_ROUNDS, mode,
            () -> v.jvm().cpuNanos() + ServeLoad.processCpuNanos());
        v.loads().add(new Load(c.p50Ms(), c.p99Ms(), c.cpuMs()));
        v.collections().add(Collections.of(v.jvm().pausesSinceMark(), c.requests()));
        say(progress, "serve: --mode %s run %d: a new JVM [%s]: %s, %.0f requests/s; %s", name(mode), r + 1,
            v.options(), line(v.loads().get(r)), c.perSecond(), v.collections().get(r));
      }
    }
    StringBuilder out = new StringBuilder(String.format(
        "  --mode %-7s HTTP %s; in process (no HTTP, JSON or people facet) %s%n", name(mode),
        line(Load.median(http)), line(Load.median(inProcess))));
    for (Served v : served) {
      out.append(String.format("  --mode %-7s HTTP, serve in a new JVM [%s]: %s; %s%n", name(mode), v.options(),
          line(Load.median(v.loads())), Collections.median(v.collections())));
    }
    return out.toString();
  }

  /** JVM options as a launcher's variable holds them, separated by spaces; "launcher": {@link #LAUNCHER_OPTIONS}. */
  static List<String> options(String options) {
    String given = options.strip().equals("launcher") ? LAUNCHER_OPTIONS : options.strip();
    return given.isEmpty() ? List.of() : List.of(given.split("\\s+"));
  }

  /** {@link ServeLoad#CLIENTS} threads each walking the mix once from its own offset, after one untimed pass. */
  private static Load concurrent(Path index, List<SearchRequest> mix, DocumentEmbedder embedder) {
    try (IndexSearch search = IndexSearch.open(index, embedder)) {
      mix.forEach(search::search);
      List<Integer> clients = new ArrayList<>();
      for (int c = 0; c < ServeLoad.CLIENTS; c++) {
        clients.add(c);
      }
      long cpu = ServeLoad.processCpuNanos();
      List<double[]> each = ParallelMap.map(clients, ServeLoad.CLIENTS, c -> {
        double[] millis = new double[mix.size()];
        int first = c * mix.size() / ServeLoad.CLIENTS;
        for (int i = 0; i < millis.length; i++) {
          long start = System.nanoTime();
          search.search(mix.get((first + i) % mix.size()));
          millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
      });
      double[] all = each.stream().flatMapToDouble(Arrays::stream).toArray();
      double cpuMs = (ServeLoad.processCpuNanos() - cpu) / 1e6 / all.length;
      return new Load(Percentiles.of(all, 50), Percentiles.of(all, 99), cpuMs);
    }
  }

  /**
   * A kept index made before the body kept its offsets analyzes every hit's text again: timing it would measure the
   * search as it was, not as it is (the in-process searches then gained and the served ones seemed not to).
   */
  private static void refuseWithoutOffsets(Path index) {
    try (IndexSearch search = IndexSearch.open(index)) {
      if (!search.snippetsFromOffsets()) {
        throw new IllegalArgumentException("the index kept at " + index + " was made before snippets came from the "
            + "index's offsets: give --serve-index a new folder");
      }
    }
  }

  private static String line(Load l) {
    return String.format("p50 %.1f ms, p99 %.1f ms, %.1f ms CPU per request", l.p50Ms(), l.p99Ms(), l.cpuMs());
  }

  private static String name(SearchMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  private static void say(PrintWriter progress, String format, Object... args) {
    progress.println("bench: " + String.format(format, args));
    progress.flush();
  }
}
