package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Batch progress on stderr: a progress bar with rate and ETA on a terminal, plain periodic lines otherwise (logs
 * and CI), so redirected output stays readable. The ETA waits until enough documents are done and leaves out the
 * first one, which carries the model loading and a cold JIT: counted from the start, a 15 s job began at "ETA 907s".
 */
final class BatchProgress implements AutoCloseable {
  private static final long LINE_EVERY_MS = 5_000;
  /** Documents done, after the first, before any ETA; at least this share of the batch too. */
  static final int MIN_DOCS_FOR_ETA = 5;
  static final double MIN_SHARE_FOR_ETA = 0.02;
  static final long MIN_NANOS_FOR_ETA = 1_000_000_000L;

  private final ProgressBar bar;
  private final PrintWriter err;
  private final long total;
  private long done;
  private long firstDoneNanos;
  private long lastLine = System.currentTimeMillis();

  /** {@code bar}: a bar when stderr may be a terminal; false where the command's own output shares it. */
  BatchProgress(String task, long total, PrintWriter err, boolean bar) {
    this.total = total;
    this.err = err;
    this.bar = !bar || System.console() == null ? null
        : new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
            .setUnit(" docs", 1).showSpeed().continuousUpdate()
            .setEtaFunction(state -> etaDuration()).build();
  }

  BatchProgress(String task, long total, PrintWriter err) {
    this(task, total, err, true);
  }

  synchronized void step() {
    done++;
    if (done == 1) {
      firstDoneNanos = System.nanoTime();
    }
    if (bar != null) {
      bar.step();
    } else if (total > 1 && System.currentTimeMillis() - lastLine >= LINE_EVERY_MS) {
      lastLine = System.currentTimeMillis();
      err.println(line(done, total, eta()));
      err.flush();
    }
  }

  private synchronized OptionalLong eta() {
    return done == 0 ? OptionalLong.empty() : remainingSeconds(done, total, System.nanoTime() - firstDoneNanos);
  }

  /**
   * Seconds left at the rate of the documents after the first ({@code sinceFirstNanos}: time since the first was
   * done); empty until {@link #MIN_DOCS_FOR_ETA} of them and a second have passed.
   */
  static OptionalLong remainingSeconds(long done, long total, long sinceFirstNanos) {
    long after = done - 1;
    if (after < Math.max(MIN_DOCS_FOR_ETA, MIN_SHARE_FOR_ETA * total) || sinceFirstNanos < MIN_NANOS_FOR_ETA) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.round((total - done) * (sinceFirstNanos / 1e9) / after));
  }

  static String line(long done, long total, OptionalLong eta) {
    return "analyzer: " + done + "/" + total + " documents, "
        + (eta.isPresent() ? "ETA " + eta.getAsLong() + "s" : "estimating time left");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  /** For the bar's ETA column. */
  private Optional<Duration> etaDuration() {
    OptionalLong s = eta();
    return s.isPresent() ? Optional.of(Duration.ofSeconds(s.getAsLong())) : Optional.empty();
  }
}
