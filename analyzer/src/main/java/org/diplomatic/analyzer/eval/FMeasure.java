package org.diplomatic.analyzer.eval;

/**
 * Counts true positives, false positives and false negatives and derives precision, recall and F1. Mutable
 * accumulator, one per thing measured; not thread-safe.
 */
public final class FMeasure {
  private long truePositives;
  private long falsePositives;
  private long falseNegatives;

  public void add(long tp, long fp, long fn) {
    truePositives += tp;
    falsePositives += fp;
    falseNegatives += fn;
  }

  public void add(FMeasure other) {
    add(other.truePositives, other.falsePositives, other.falseNegatives);
  }

  public long truePositives() {
    return truePositives;
  }

  public long falsePositives() {
    return falsePositives;
  }

  public long falseNegatives() {
    return falseNegatives;
  }

  /** Precision; 0 when nothing was predicted. */
  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** Recall; 0 when there was nothing to find. */
  public double recall() {
    long gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
        precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
  }
}
