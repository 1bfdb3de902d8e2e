package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time of one {@code search} command in a fresh JVM: the same java and class path as this one, stdout discarded;
 * the median of {@code runs} runs.
 */
final class ColdStart {
  // named, not referenced, so that no package depends on cli
  private static final String MAIN = "org.diplomatic.analyzer.cli.Main";

  private ColdStart() {}

  static double medianMillis(Path index, String query, int runs) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), MAIN,
        "search", "--index", index.toString(), "--limit", "10"));
    command.addAll(List.of(query.trim().split("\\s+")));
    double[] millis = new double[runs];
    for (int r = 0; r < runs; r++) {
      millis[r] = once(command);
    }
    return Percentiles.median(millis);
  }

  private static double once(List<String> command) {
    Path err = null;
    try {
      err = Files.createTempFile("analyzer-bench", ".err");
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile()).start();
      int exit = p.waitFor();
      double ms = (System.nanoTime() - start) / 1e6;
      if (exit != 0) {
        throw new IllegalStateException("cold search exited with " + exit + ": " + Files.readString(err).trim());
      }
      return ms;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a JVM for the cold search", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (err != null) {
        err.toFile().delete();
      }
    }
  }
}
