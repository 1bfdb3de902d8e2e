package org.diplomatic.analyzer.bench;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Times one stage over the workload {@code repeat} times and keeps the median. Each run returns a count of what it
 * produced, summed into {@link #sink()} so the JIT cannot drop the work (the role of JMH's Blackhole).
 */
public final class StageTimer {
  private final int repeat;
  private long sink;

  public StageTimer(int repeat) {
    if (repeat < 1) {
      throw new IllegalArgumentException("repeat must be at least 1: " + repeat);
    }
    this.repeat = repeat;
  }

  public StageResult time(String stage, int docs, long tokens, LongSupplier run) {
    return time(stage, docs, tokens, () -> null, ignored -> run.getAsLong());
  }

  /**
   * Times {@code run} on a fresh {@code setup()} each time, e.g. an empty cache; the setup itself is not timed. A full
   * collection after the setup means no run pays for the garbage of the one before it, nor for copying what the
   * setup just loaded (a new pipeline's models) out of the young generation: one-time costs, like the load itself.
   */
  public <S> StageResult time(String stage, int docs, long tokens, Supplier<S> setup, ToLongFunction<S> run) {
    double[] seconds = new double[repeat];
    for (int r = 0; r < repeat; r++) {
      S state = setup.get();
      System.gc();
      long start = System.nanoTime();
      sink += run.applyAsLong(state);
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    return new StageResult(stage, docs, tokens, Percentiles.median(seconds));
  }

  public long sink() {
    return sink;
  }
}
