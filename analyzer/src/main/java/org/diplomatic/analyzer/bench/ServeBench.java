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
 * machine others load too.
 */
public final class ServeBench {
  /** Latency and CPU medians of one way of searching. */
  private record Load(double p50Ms, double p99Ms, double cpuMs) {
    static Load median(List<Load> runs) {
      return new Load(Percentiles.median(runs.stream().mapToDouble(Load::p50Ms).toArray()),
          Percentiles.median(runs.stream().mapToDouble(Load::p99Ms).toArray()),
          Percentiles.median(runs.stream().mapToDouble(Load::cpuMs).toArray()));
    }
  }

  private ServeBench() {}

  /** The section's lines (table format); {@code keptIndex}: where to keep the index between runs (null: nowhere). */
  public static String run(BenchConfig config, Path keptIndex, PrintWriter progress) {
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
        + " of %d runs%n", ServeLoad.CLIENTS, config.searchDocs(), config.repeat()));
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
      for (SearchMode mode : modes) {
        List<SearchRequest> ranked = mix.stream().map(q -> q.withMode(mode)).toList();
        List<Load> inProcess = new ArrayList<>();
        List<Load> http = new ArrayList<>();
        for (int r = 0; r < config.repeat(); r++) {
          inProcess.add(concurrent(index, ranked, embedder));
          ServeLoad.Stats s = ServeLoad.measure(index, mix, 1, () -> embedder, List.of(mode)).get(0);
          http.add(new Load(s.p50Ms(), s.p99Ms(), s.cpuMs()));
          say(progress, "serve: --mode %s run %d: in process %s; HTTP %s, %.0f requests/s", name(mode), r + 1,
              line(inProcess.get(r)), line(http.get(r)), s.perSecond());
        }
        out.append(String.format("  --mode %-7s HTTP %s; in process (no HTTP, JSON or people facet) %s%n",
            name(mode), line(Load.median(http)), line(Load.median(inProcess))));
      }
    }
    return out.toString();
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
