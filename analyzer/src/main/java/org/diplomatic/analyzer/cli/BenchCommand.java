package org.diplomatic.analyzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.bench.BenchConfig;
import org.diplomatic.analyzer.bench.RegistryBench;
import org.diplomatic.analyzer.bench.BenchJson;
import org.diplomatic.analyzer.bench.BenchReport;
import org.diplomatic.analyzer.bench.BenchTable;
import org.diplomatic.analyzer.bench.IndexUpdateBench;
import org.diplomatic.analyzer.bench.Benchmark;
import org.diplomatic.analyzer.bench.LedgerBench;
import org.diplomatic.analyzer.bench.ServeBench;
import org.diplomatic.analyzer.bench.WorkloadGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: throughput per stage, end to end and against plain Lucene, search latency and cold start. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark the analyzer on documents recombined from the corpus (progress on stderr).")
final class BenchCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Option(names = "--docs", defaultValue = "" + BenchConfig.DEFAULT_DOCS,
      description = "workload documents (default: ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--search-docs", defaultValue = "" + BenchConfig.DEFAULT_SEARCH_DOCS,
      description = "documents in the generated search index (default: ${DEFAULT-VALUE})")
  int searchDocs;

  @Option(names = "--ner", description = "public NER corpora whose news sentences make an open-vocabulary workload "
      + "(default: ../shared/data/ner when present)")
  Path ner;

  @Option(names = "--skip-ner", description = "no open-vocabulary workload")
  boolean skipNer;

  @Option(names = "--index-docs", defaultValue = "" + BenchConfig.DEFAULT_INDEX_DOCS,
      description = "files for one timed 'index' command in a new JVM, 0 for none (default: ${DEFAULT-VALUE})")
  int indexDocs;

  @Option(names = "--warmup", defaultValue = "" + BenchConfig.DEFAULT_WARMUP,
      description = "untimed end-to-end passes before timing; the first is reported (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--repeat", defaultValue = "3", description = "timed runs per measurement, median kept "
      + "(default: ${DEFAULT-VALUE})")
  int repeat;

  @Option(names = "--threads", description = "threads end to end and for indexing (default: the processors)")
  Integer threads;

  @Option(names = "--cold-runs", defaultValue = "5", description = "cold-JVM search runs (default: ${DEFAULT-VALUE})")
  int coldRuns;

  @Option(names = "--seed", defaultValue = "" + WorkloadGenerator.DEFAULT_SEED,
      description = "workload seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--format", defaultValue = "table", description = "table (default) or json")
  Format format;

  @Option(names = "--json-out", description = "also write the JSON report to this file")
  Path jsonOut;

  @Option(names = "--models", description = "trained models folder (default: models/)")
  Path models;

  @Option(names = "--corpus", defaultValue = "corpus", description = "corpus folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--ledger-docs", description = "only the ledger section: cold 'ledger' runs on the corpus and on a "
      + "ledger of this many documents (e.g. 100000)")
  Integer ledgerDocs;
  @Option(names = "--registry-only", description = "only the registry of officials section (no NLP model loaded)")
  boolean registryOnly;
  @Option(names = "--index-update-only", description = "only the registry and ledger update after 'index': "
      + "--index-docs documents, then 1,000 more (newer, then dated at random), and the 'index' command adding "
      + "1,000 files")
  boolean indexUpdateOnly;
  @Option(names = "--serve-only", description = "only the load on serve: GET /api/search from 8 clients over an index"
      + " of --search-docs documents, beside the same searches in process (try --docs 300 --search-docs 20000)")
  boolean serveOnly;
  @Option(names = "--serve-index", description = "with --serve-only: keep the index in this folder and reuse it on the"
      + " next run with the same --docs, --search-docs and --seed (default: built anew, then deleted)")
  Path serveIndex;
  @Option(names = "--serve-jvm", paramLabel = "OPTIONS", description = "with --serve-only: also load serve started in"
      + " a new JVM with these JVM options (as ANALYZER_OPTS holds them; repeatable, the JVMs alternated run by run;"
      + " '' for the JVM's defaults, launcher for those bin/analyzer serve adds), with its collector's pauses")
  java.util.List<String> serveJvms = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    if (ledgerDocs != null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(LedgerBench.section(corpus, ModelsDir.resolve(models), ledgerDocs, coldRuns, seed, spec.commandLine().getErr()));
      out.flush();
      return ExitCode.OK;
    }
    BenchConfig config;
    try {
      config = new BenchConfig(corpus, ModelsDir.resolve(models), nerDir(), docs, searchDocs, indexDocs, warmup,
          repeat, threads == null ? Runtime.getRuntime().availableProcessors() : threads, coldRuns, seed);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (serveOnly) {
      spec.commandLine().getOut().print(ServeBench.run(config, serveIndex, serveJvms,
          spec.commandLine().getErr()));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    if (indexUpdateOnly) {
      spec.commandLine().getOut().print(IndexUpdateBench.run(config, indexDocs, spec.commandLine().getErr()));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    if (registryOnly) {
      spec.commandLine().getOut().print(RegistryBench.run(config, spec.commandLine().getErr()));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    BenchReport report = new Benchmark(config, spec.commandLine().getErr()).run();
    if (jsonOut != null) {
      try {
        Files.writeString(jsonOut, BenchJson.pretty(report) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + jsonOut, e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? BenchJson.pretty(report) + "\n" : BenchTable.of(report));
    out.print(format == Format.json ? "" : RegistryBench.run(config, spec.commandLine().getErr()));
    out.flush();
    return ExitCode.OK;
  }

  /** The NER folder to read, or null: none asked for, or the default one is absent (e.g. outside this workplace). */
  private Path nerDir() {
    if (skipNer) {
      return null;
    }
    if (ner != null) {
      if (!Files.isDirectory(ner)) {
        throw new IllegalArgumentException("no NER corpora folder at " + ner);
      }
      return ner;
    }
    Path fallback = Path.of("../shared/data/ner");
    return Files.isDirectory(fallback) ? fallback : null;
  }
}
