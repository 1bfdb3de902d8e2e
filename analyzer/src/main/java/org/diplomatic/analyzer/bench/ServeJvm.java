package org.diplomatic.analyzer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} in a JVM of its own, started with given JVM options as {@code bin/analyzer serve} starts it, for the
 * load to measure the collector and heap a served index really runs with (in process, the bench's own JVM would be
 * measured). The child logs its collections ({@code -Xlog:gc}) to a file, read for the pauses of a timed run.
 */
final class ServeJvm implements AutoCloseable {
  /** The line {@code serve} prints once it listens, with its port. */
  private static final Pattern LISTENING = Pattern.compile("serving .* at http://[^ ]*:(\\d+)/");
  /**
   * A line of a {@code -Xlog:gc,gc+phases} log for a time requests stood still, its length last: a pause (G1,
   * Parallel, Serial, ZGC) or a thread stalled until ZGC freed memory.
   */
  private static final Pattern PAUSE = Pattern.compile("\\b(?:Pause|Allocation Stall) .*?(\\d+(?:\\.\\d+)?)ms$");
  private static final Duration START_TIME = Duration.ofMinutes(5);

  /** Pauses of a stretch of the log: how many, their sum and the longest, in milliseconds. */
  record Pauses(int count, double totalMs, double maxMs) {}

  private final Process process;
  private final Path gcLog;
  private final int port;
  private int logMark;

  private ServeJvm(Process process, Path gcLog, int port) {
    this.process = process;
    this.gcLog = gcLog;
    this.port = port;
  }

  /** Starts {@code serve --index index --port 0} with {@code jvmOptions} and waits until it listens. */
  static ServeJvm start(List<String> jvmOptions, Path index, Path models, Path gcLog) {
    List<String> options = new ArrayList<>(jvmOptions);
    options.add("-Xlog:gc,gc+phases:file=" + gcLog);
    List<String> args = new ArrayList<>(List.of("serve", "--index", index.toString(), "--port", "0"));
    if (models != null) {
      args.addAll(List.of("--models", models.toString()));
    }
    Process process;
    try {
      process = new ProcessBuilder(ChildJvm.command(options, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a JVM for serve", e);
    }
    CompletableFuture<Integer> port = new CompletableFuture<>();
    List<String> said = new ArrayList<>();
    Thread reader = new Thread(() -> readStderr(process, port, said), "serve-jvm-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return new ServeJvm(process, gcLog, port.get(START_TIME.toSeconds(), TimeUnit.SECONDS));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("serve in a new JVM " + jvmOptions + " did not start: "
          + String.join(" / ", said), e);
    }
  }

  /** Completes {@code port} from the line saying where it listens, then drains the rest so the child never blocks. */
  private static void readStderr(Process process, CompletableFuture<Integer> port, List<String> said) {
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher m = LISTENING.matcher(line);
        if (!port.isDone() && m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        } else if (!port.isDone() && said.size() < 20) {
          said.add(line);
        }
      }
    } catch (IOException e) {
      // the child is gone: its exit says more than the broken pipe
    }
    port.completeExceptionally(new IllegalStateException("serve exited with " + exitOf(process)));
  }

  private static String exitOf(Process process) {
    try {
      return String.valueOf(process.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  int port() {
    return port;
  }

  /** The child's CPU time so far, all its threads (0 where the system cannot tell). */
  long cpuNanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** Marks the log's end: {@link #pausesSinceMark} counts the pauses logged after it. */
  void markLog() {
    logMark = logLines().size();
  }

  Pauses pausesSinceMark() {
    List<String> lines = logLines();
    return pauses(lines.subList(Math.min(logMark, lines.size()), lines.size()));
  }

  /** The pauses of these log lines. */
  static Pauses pauses(List<String> log) {
    int count = 0;
    double total = 0;
    double max = 0;
    for (String line : log) {
      Matcher m = PAUSE.matcher(line.strip());
      if (m.find()) {
        double ms = Double.parseDouble(m.group(1));
        count++;
        total += ms;
        max = Math.max(max, ms);
      }
    }
    return new Pauses(count, total, max);
  }

  private List<String> logLines() {
    try {
      return Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the GC log " + gcLog, e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
