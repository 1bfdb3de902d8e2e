package org.diplomatic.analyzer.classify;

/**
 * The non-zero inputs of one text as parallel arrays: {@code values[i]} is the value of input {@code indices[i]};
 * indices are distinct, in no particular order. The arrays are not copied: treat them as read-only.
 */
public record SparseVector(int[] indices, float[] values) {
  public SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException(indices.length + " indices but " + values.length + " values");
    }
  }

  public int size() {
    return indices.length;
  }
}
