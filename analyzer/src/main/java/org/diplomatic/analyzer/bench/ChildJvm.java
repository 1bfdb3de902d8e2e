package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one analyzer command in a fresh JVM (same java, same class path), stdout discarded, and times it. */
final class ChildJvm {
  // named, not referenced, so that no package depends on cli
  private static final String MAIN = "org.diplomatic.analyzer.cli.Main";

  private ChildJvm() {}

  /** {@code java <jvmOptions> -cp <this class path> Main <args>}. */
  static List<String> command(List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
    command.addAll(args);
    return command;
  }

  /** Wall time in milliseconds; a non-zero exit is an error carrying the command's stderr. */
  static double runMillis(List<String> command) {
    Path err = null;
    try {
      err = Files.createTempFile("analyzer-bench", ".err");
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile()).start();
      int exit = p.waitFor();
      double ms = (System.nanoTime() - start) / 1e6;
      if (exit != 0) {
        throw new IllegalStateException(command.get(command.indexOf(MAIN) + 1) + " in a new JVM exited with " + exit
            + ": " + Files.readString(err).trim());
      }
      return ms;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a JVM", e);
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
