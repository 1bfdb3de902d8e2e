package org.diplomatic.analyzer.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.diplomatic.analyzer.cli.ExitCode;
import org.diplomatic.analyzer.cli.InputFiles;
import org.diplomatic.analyzer.cli.SolrOptions;
import org.diplomatic.analyzer.index.solr.SolrIndexer;
import org.diplomatic.analyzer.index.solr.SolrWriteException;
import org.diplomatic.analyzer.text.TextReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code batch}: analyzes folders of documents with Flink, in a local cluster in this JVM when run with
 * {@code java}, or on the cluster that {@code flink run} submits it to; exit codes as the CLI's.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = "Analyze files and folders (recursively) with Flink into JSON lines (as 'analyze --format jsonl'); "
        + "bad inputs are listed in the errors file and never fail the job; --solr also sends the documents to "
        + "SolrCloud, as 'index --solr' does.")
public final class BatchMain implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
      description = "files or folders (the same as 'analyze' takes), on a file system every task manager sees")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "folder for the JSON lines (part-*.jsonl, one document a line, in no particular order)")
  String output;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "one line per input that could not be read or analyzed (default: <output>/errors.txt)")
  String errors;

  @Option(names = "--parallelism", paramLabel = "N",
      description = "slots to use (default: the cores of a local run, the cluster's default under 'flink run')")
  Integer parallelism;

  @Option(names = "--models", paramLabel = "DIR",
      description = "folder of trained models at the same path on every task manager (default: $ANALYZER_MODELS, "
          + "else models/)")
  Path models;

  @Option(names = "--max-bytes", description = "skip files larger than this (default: ${DEFAULT-VALUE})",
      defaultValue = "" + TextReader.DEFAULT_MAX_BYTES)
  long maxBytes;

  @Mixin SolrOptions solr;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "read plain-text files in this charset "
      + "instead of detecting it")
  String encoding;

  public static void main(String[] args) {
    // A local run logs through the analyzer's slf4j-simple: Flink's start-up notices are not the user's problem.
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.flink", "error");
    System.exit(commandLine().execute(args));
  }

  /** The command line with the CLI's exit codes: 2 for bad usage or a job that could not run. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new BatchMain());
    cl.setExitCodeExceptionMapper(t -> ExitCode.USAGE);
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
    cl.setParameterExceptionHandler((ex, ignored) -> {
      ex.getCommandLine().getErr().println("batch: " + ex.getMessage() + " (see --help)");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("batch: " + String.valueOf(rootCause(ex)).replaceAll("\\s+", " ").strip());
      return ExitCode.USAGE;
    });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (parallelism != null && parallelism <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must be positive");
    }
    if (holdsParts(Path.of(output))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output
          + " already holds part-*.jsonl files of a run: give a new or empty folder");
    }
    if ((solr.zkHosts() == null) != (solr.collection() == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--solr ZKHOSTS and --collection NAME go together");
    }
    SolrFeed feed;
    try {
      feed = solr.zkHosts() == null ? null : new SolrFeed(solr.zkHosts(), solr.collection(), solr.batch());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (feed != null) {
      try (SolrIndexer probe = SolrIndexer.open(feed.target(), feed.batch(), Duration.ofSeconds(30))) {
        probe.checkCollection();
      } catch (SolrWriteException e) {
        spec.commandLine().getErr().println("batch: " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    List<String> files = List.copyOf(new LinkedHashSet<>(InputFiles.expand(inputs)));
    String errorFile = errors != null ? errors : Path.of(output, "errors.txt").toString();
    AnalysisJob job = new AnalysisJob(files, output, errorFile, modelsDir().toString(), maxBytes, encoding, feed);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (parallelism != null) {
      env.setParallelism(parallelism);
    }
    long start = System.nanoTime();
    AnalysisJob.Counts counts = job.run(env);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (counts.analyzed() < 0) {
      out.printf("submitted %d file(s); results in %s, errors in %s%s%n", files.size(), output, errorFile,
          feed == null ? "" : ", documents to " + feed);
      return ExitCode.OK;
    }
    out.printf(Locale.ROOT, "analyzed %d, failed %d in %.1f s (%.1f docs/s); errors in %s%s%n", counts.analyzed(),
        counts.failed(), seconds, counts.analyzed() / Math.max(seconds, 1e-9), errorFile,
        feed == null ? "" : "; sent to " + feed);
    out.flush();
    return counts.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
  }

  /** A second run into the same folder would add its parts beside the first's: every document twice. */
  private static boolean holdsParts(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("part-"));
    }
  }

  /** Absolute, since the task managers resolve it, not this client's working folder. */
  private Path modelsDir() {
    String env = System.getenv("ANALYZER_MODELS");
    Path dir = models != null ? models : env != null && !env.isBlank() ? Path.of(env) : Path.of("models");
    return dir.toAbsolutePath().normalize();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
