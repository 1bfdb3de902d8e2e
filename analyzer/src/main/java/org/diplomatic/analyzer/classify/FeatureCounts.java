package org.diplomatic.analyzer.classify;

import java.util.Arrays;

/**
 * Feature counts of one text by bucket, in a dense array plus the list of buckets touched, so that counting
 * allocates nothing and emptying costs only the touched buckets. Reused text after text; not thread-safe.
 */
final class FeatureCounts {
  private final float[] counts;
  private int[] touched = new int[512];
  private int size;

  FeatureCounts(int dimensions) {
    this.counts = new float[dimensions];
  }

  void add(int bucket) {
    if (counts[bucket] == 0f) {
      if (size == touched.length) {
        touched = Arrays.copyOf(touched, 2 * size);
      }
      touched[size++] = bucket;
    }
    counts[bucket] += 1f;
  }

  /**
   * The counts log-scaled and L2-normalized, in the order their buckets were first counted, then {@code extra}
   * inputs of value 1; empties the counts. The norm is the same in any summation order: each square of a float
   * log1p(count) is a multiple of 2^-25 and their sum stays far below 2^28, so the double sum is exact.
   */
  SparseVector drain(int[] extra) {
    int[] indices = new int[size + extra.length];
    float[] values = new float[size + extra.length];
    double norm = 0;
    for (int i = 0; i < size; i++) {
      int bucket = touched[i];
      float v = (float) Math.log1p(counts[bucket]);
      counts[bucket] = 0f;
      indices[i] = bucket;
      values[i] = v;
      norm += v * v;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < size; i++) {
      values[i] *= scale;
    }
    for (int i = 0; i < extra.length; i++) {
      indices[size + i] = extra[i];
      values[size + i] = 1f;
    }
    size = 0;
    return new SparseVector(indices, values);
  }

  /** Forgets all counts (there are some left only when counting a text failed midway). */
  void clear() {
    for (int i = 0; i < size; i++) {
      counts[touched[i]] = 0f;
    }
    size = 0;
  }
}
