package org.diplomatic.analyzer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data beside the repository ({@code ../shared/data}), which a fresh clone does not have: a test that
 * needs it is skipped with one line on stderr saying what was skipped and why; CI has it and runs them all.
 */
public final class SharedData {
  /** The repository root (the analyzer module runs its tests one level below it). */
  public static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));

  private static final java.util.Set<String> ANNOUNCED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private SharedData() {}

  /** {@code ../shared/data/<name>}, or the calling test is skipped with a line naming {@code what}. */
  public static Path require(String name, String what) {
    Path dir = ROOT.resolve("../shared/data").resolve(name).normalize();
    if (!Files.isDirectory(dir) && ANNOUNCED.add(what)) {
      System.err.println("skipped: " + what + " (needs " + dir + ", the public data kept outside the repository)");
    }
    assumeTrue(Files.isDirectory(dir), what + " needs " + dir);
    return dir;
  }
}
