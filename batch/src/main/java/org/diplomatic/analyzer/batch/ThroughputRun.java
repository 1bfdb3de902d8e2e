package org.diplomatic.analyzer.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.diplomatic.analyzer.bench.Percentiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The documented throughput comparison: the same documents through the {@code index} command ({@code --threads}
 * as the slots) and through this Flink job in a local cluster, each in a fresh JVM with the same heap, alternating
 * (index first in odd rounds, Flink first in even ones) so that a busy machine weighs on both alike. Documents per
 * second are over each JVM's whole wall time: start, model load and, for Flink, the local cluster included; documents
 * per CPU second (all of the JVM's threads) depend less on what else the machine runs, for sizing.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
    description = "Compare the Flink job (local, N slots) with the index command on the same documents.")
final class ThroughputRun implements Callable<Integer> {
  private static final long CPU_SAMPLE_MS = 100;

  @Option(names = "--documents", description = "documents to write and analyze (default: ${DEFAULT-VALUE})")
  int documents = 2000;

  @Option(names = "--rounds", description = "runs of each (default: ${DEFAULT-VALUE})")
  int rounds = 3;

  @Option(names = "--slots", description = "Flink slots and index threads (default: ${DEFAULT-VALUE})")
  int slots = 2;

  @Option(names = "--heap", description = "each JVM's -Xmx (default: ${DEFAULT-VALUE})")
  String heap = "2g";

  @Option(names = "--root", description = "the checkout, with models/, corpus/ and the built jars (default: .)")
  Path root = Path.of(".");

  @Option(names = "--news", description = "published news (default: <root>/../shared/data/news)")
  Path news;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ThroughputRun()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("batch-throughput");
    Path input = work.resolve("documents");
    String origin = BenchDocuments.write(documents, news != null ? news : root.resolve("../shared/data/news"),
        root.resolve("corpus"), input);
    System.out.println("documents: " + origin + "; " + slots + " slots/threads; -Xmx" + heap + "; "
        + Runtime.getRuntime().availableProcessors() + " cores; load average at start " + loadAverage());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String models = root.resolve("models").toAbsolutePath().toString();
    List<Double> index = new ArrayList<>();
    List<Double> flink = new ArrayList<>();
    List<Double> indexCpu = new ArrayList<>();
    List<Double> flinkCpu = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        boolean flinkTurn = (round % 2 == 1) == (turn == 1);
        Path out = work.resolve("round-" + round + (flinkTurn ? "-flink" : "-index"));
        List<String> command = flinkTurn ? flinkCommand(java, models, input, out)
            : indexCommand(java, models, input, out);
        Timing t = time(command, work.resolve("round-" + round + "-" + turn + ".log"));
        (flinkTurn ? flink : index).add(documents / t.seconds());
        (flinkTurn ? flinkCpu : indexCpu).add(documents / t.cpuSeconds());
        System.out.printf(Locale.ROOT, "round %d %-5s %6.1f s %6.1f docs/s, %6.1f CPU s %5.1f docs per CPU s "
            + "(load average %s)%n", round, flinkTurn ? "flink" : "index", t.seconds(), documents / t.seconds(),
            t.cpuSeconds(), documents / t.cpuSeconds(), loadAverage());
      }
    }
    double i = median(index);
    double f = median(flink);
    System.out.printf(Locale.ROOT, "median docs/s: index %.1f, flink %.1f; flink/index %.2f; per slot %.1f%n", i, f,
        f / i, f / slots);
    System.out.printf(Locale.ROOT, "median docs per CPU second: index %.1f, flink %.1f%n", median(indexCpu),
        median(flinkCpu));
    deleteRecursively(work);
    return 0;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private List<String> flinkCommand(String java, String models, Path input, Path out) {
    return List.of(java, "-Xmx" + heap, "-cp", root.resolve("batch/target/batch-job.jar") + File.pathSeparator
        + root.resolve("batch/target/flink-lib") + File.separator + "*", BatchMain.class.getName(),
        "--input", input.toString(), "--output", out.toString(), "--parallelism", "" + slots, "--models", models);
  }

  private List<String> indexCommand(String java, String models, Path input, Path out) {
    return List.of(java, "-Xmx" + heap, "-jar", root.resolve("analyzer/target/analyzer.jar").toString(), "index",
        "--index", out.toString(), "--threads", "" + slots, "--models", models, input.toString());
  }

  /** Wall and CPU seconds of one child JVM (all its threads). */
  private record Timing(double seconds, double cpuSeconds) {}

  /**
   * Runs one child JVM, its output to {@code log}; a failure stops the run. Its CPU time is sampled while it lives
   * (the last sample misses at most its final {@value #CPU_SAMPLE_MS} ms: a JVM's exit).
   */
  private static Timing time(List<String> command, Path log) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Duration cpu = Duration.ZERO;
    while (!p.waitFor(CPU_SAMPLE_MS, TimeUnit.MILLISECONDS)) {
      cpu = p.info().totalCpuDuration().orElse(cpu);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue() + "; see " + log);
    }
    return new Timing(seconds, cpu.toMillis() / 1000.0);
  }

  private static double median(List<Double> samples) {
    return Percentiles.median(samples.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static String loadAverage() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/loadavg"))) {
      return lines.findFirst().map(l -> l.split(" ")[0]).orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }
}
