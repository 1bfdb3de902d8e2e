package org.diplomatic.analyzer.bench;

import java.util.Arrays;

/** Nearest-rank percentiles and medians of measured samples (the input is not modified). */
public final class Percentiles {
  private Percentiles() {}

  /** The smallest sample with at least {@code p} percent of the samples at or below it; {@code p} in (0, 100]. */
  public static double of(double[] samples, double p) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** The middle sample, or the mean of the two middle ones for an even count. */
  public static double median(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
