package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Batch progress on stderr: a progress bar with rate and ETA on a terminal, plain periodic lines otherwise (logs
 * and CI), so redirected output stays readable.
 */
final class BatchProgress implements AutoCloseable {
  private static final long LINE_EVERY_MS = 5_000;

  private final ProgressBar bar;
  private final PrintWriter err;
  private final long total;
  private final long startNanos = System.nanoTime();
  private long done;
  private long lastLine = System.currentTimeMillis();

  BatchProgress(String task, long total, PrintWriter err) {
    this.total = total;
    this.err = err;
    this.bar = System.console() == null ? null
        : new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
            .setUnit(" docs", 1).showSpeed().continuousUpdate().build();
  }

  synchronized void step() {
    done++;
    if (bar != null) {
      bar.step();
    } else if (System.currentTimeMillis() - lastLine >= LINE_EVERY_MS) {
      lastLine = System.currentTimeMillis();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      double rate = done / Math.max(seconds, 1e-9);
      long eta = rate == 0 ? 0 : Math.round((total - done) / rate);
      err.printf("analyzer: %d/%d documents, %.1f docs/s, ETA %ds%n", done, total, rate, eta);
      err.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
