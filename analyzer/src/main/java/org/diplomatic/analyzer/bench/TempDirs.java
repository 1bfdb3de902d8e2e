package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;

/** Scratch folders of one benchmark run under one root, all deleted by {@link #close()}. */
final class TempDirs implements AutoCloseable {
  private final Path root;
  private int next;

  TempDirs() {
    try {
      root = Files.createTempDirectory("analyzer-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder", e);
    }
  }

  /** A new, not yet existing folder under the root. */
  Path fresh(String name) {
    return root.resolve(name + "-" + next++);
  }

  @Override
  public void close() {
    try {
      PathUtils.deleteDirectory(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
