package org.diplomatic.analyzer.index;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The vectors of a document's passages ({@link Passages#split}) packed into one doc-values value, so that ranking can
 * compare a query with every passage of a hundred candidates without reading or re-analyzing their text. Layout: the
 * passage count and the dimension (unsigned shorts), then per passage a float scale and one signed byte per dimension
 * (value = byte x scale, scale = largest magnitude / 127, as {@code WordVectors} stores words); a passage without a
 * vector is all zeros.
 */
final class PassageVectors {
  /** Where a query meets a document's passages best: the passage's number and the dot product. */
  record Best(int passage, double similarity) {}

  private PassageVectors() {}

  /** Packs {@code vectors} (null entries: passages without a vector) of {@code dimension} values each. */
  static byte[] encode(List<float[]> vectors, int dimension) {
    ByteBuffer out = ByteBuffer.allocate(4 + vectors.size() * (4 + dimension));
    out.putShort((short) vectors.size()).putShort((short) dimension);
    for (float[] v : vectors) {
      float largest = 0;
      for (int d = 0; v != null && d < dimension; d++) {
        largest = Math.max(largest, Math.abs(v[d]));
      }
      float scale = largest / 127f;
      out.putFloat(scale);
      for (int d = 0; d < dimension; d++) {
        out.put(scale == 0 ? 0 : (byte) Math.round(v[d] / scale));
      }
    }
    return out.array();
  }

  /**
   * The passage of {@code packed} (from {@code offset}, {@code length} bytes) with the highest dot product with
   * {@code query}; passage -1 and similarity -1 when there is none with a vector or the dimensions differ.
   */
  static Best best(byte[] packed, int offset, int length, float[] query) {
    ByteBuffer in = ByteBuffer.wrap(packed, offset, length);
    int count = Short.toUnsignedInt(in.getShort(offset));
    int dimension = Short.toUnsignedInt(in.getShort(offset + 2));
    if (dimension != query.length || length != 4 + count * (4 + dimension)) {
      return new Best(-1, -1);
    }
    float[] dots = dots(packed, offset + 4, count, dimension, query);
    int best = -1;
    double bestSimilarity = -1;
    int at = offset + 4;
    for (int p = 0; p < count; p++, at += 4 + dimension) {
      float scale = in.getFloat(at);
      if (scale == 0) {
        continue;
      }
      double similarity = dots[p] * scale;
      if (similarity > bestSimilarity || best < 0) {
        best = p;
        bestSimilarity = similarity;
      }
    }
    return new Best(best, bestSimilarity);
  }

  /**
   * Each passage's bytes times {@code query}, summed over the dimensions in order: four passages at a time, in four
   * separate sums, so the processor adds them side by side (one sum waits on each addition before the next); each
   * sum is the one a passage alone would give.
   */
  private static float[] dots(byte[] packed, int first, int count, int dimension, float[] query) {
    float[] dots = new float[count];
    int stride = 4 + dimension;
    int p = 0;
    for (; p + 4 <= count; p += 4) {
      int a = first + p * stride + 4;
      int b = a + stride;
      int c = b + stride;
      int e = c + stride;
      float sa = 0;
      float sb = 0;
      float sc = 0;
      float se = 0;
      for (int d = 0; d < dimension; d++) {
        float q = query[d];
        sa += packed[a + d] * q;
        sb += packed[b + d] * q;
        sc += packed[c + d] * q;
        se += packed[e + d] * q;
      }
      dots[p] = sa;
      dots[p + 1] = sb;
      dots[p + 2] = sc;
      dots[p + 3] = se;
    }
    for (; p < count; p++) {
      int a = first + p * stride + 4;
      float sum = 0;
      for (int d = 0; d < dimension; d++) {
        sum += packed[a + d] * query[d];
      }
      dots[p] = sum;
    }
    return dots;
  }
}
