package org.diplomatic.analyzer.search.semantic;

/** Dot products and lengths of float vectors, the arithmetic alignment and its evaluation share. */
final class Vectors {
  private Vectors() {}

  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Scales {@code v} to unit length in place (a zero vector stays zero). */
  static void normalize(float[] v) {
    float norm = (float) Math.sqrt(dot(v, v));
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= norm;
      }
    }
  }

  static float[] unit(float[] v) {
    float[] copy = v.clone();
    normalize(copy);
    return copy;
  }
}
