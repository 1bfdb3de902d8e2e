package org.diplomatic.analyzer.search.semantic;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word vectors of Arabic and Persian in one space, keyed by the terms of
 * {@code new ArabicPersianAnalyzer(Stemming.LIGHT)}. The file is plain Java data (no ND4J at run time): a magic
 * number, version 2, the dimension, the count, then per term its UTF-8 length (unsigned short) and bytes, a float
 * scale and one signed byte per dimension (value = byte x scale; scale = largest magnitude / 127), terms sorted.
 * Saving therefore rounds each value to within half a scale step; vectors built with {@link #of} are kept exact.
 */
public final class WordVectors {
  private static final int MAGIC = 0x57564543; // "WVEC"
  private static final int VERSION = 2;

  private final int dimension;
  private final Map<String, Integer> rows;
  /** Row-major values of {@link #of}; null when loaded. */
  private final float[] values;
  /** Row-major 8-bit codes and per-row scales as loaded (kept so, a loaded file costs no float arrays); else null. */
  private final byte[] codes;
  private final float[] scales;

  private WordVectors(int dimension, Map<String, Integer> rows, float[] values, byte[] codes, float[] scales) {
    this.dimension = dimension;
    this.rows = rows;
    this.values = values;
    this.codes = codes;
    this.scales = scales;
  }

  public static WordVectors of(int dimension, Map<String, float[]> vectors) {
    Map<String, Integer> rows = new HashMap<>();
    float[] values = new float[vectors.size() * dimension];
    vectors.forEach((term, vector) -> {
      if (vector.length != dimension) {
        throw new IllegalArgumentException("vector of '" + term + "' has " + vector.length + " values, not " + dimension);
      }
      int row = rows.size();
      rows.put(term, row);
      System.arraycopy(vector, 0, values, row * dimension, dimension);
    });
    return new WordVectors(dimension, rows, values, null, null);
  }

  public static WordVectors load(Path file) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
    try {
      if (in.getInt() != MAGIC || in.getInt() != VERSION) {
        throw new IOException("not a word-vector file of version " + VERSION + ": " + file);
      }
      int dimension = in.getInt();
      int count = in.getInt();
      Map<String, Integer> rows = new HashMap<>(count * 4 / 3 + 1);
      byte[] codes = new byte[count * dimension];
      float[] scales = new float[count];
      for (int i = 0; i < count; i++) {
        int length = Short.toUnsignedInt(in.getShort());
        rows.put(new String(in.array(), in.position(), length, StandardCharsets.UTF_8), i);
        in.position(in.position() + length);
        scales[i] = in.getFloat();
        in.get(codes, i * dimension, dimension);
      }
      return new WordVectors(dimension, rows, null, codes, scales);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IOException("truncated word-vector file: " + file, e);
    }
  }

  /** Writes the vectors, terms in sorted order so that the same vectors give the same file. */
  public void save(Path file) throws IOException {
    List<String> terms = new ArrayList<>(rows.keySet());
    terms.sort(null);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(dimension);
      out.writeInt(terms.size());
      for (String term : terms) {
        byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
          throw new IllegalArgumentException("term of " + bytes.length + " bytes cannot be saved");
        }
        out.writeShort(bytes.length);
        out.write(bytes);
        float[] vector = vector(term);
        float largest = 0;
        for (float value : vector) {
          largest = Math.max(largest, Math.abs(value));
        }
        float scale = largest / 127f;
        out.writeFloat(scale);
        for (float value : vector) {
          out.writeByte(scale == 0 ? 0 : Math.round(value / scale));
        }
      }
    }
  }

  public int dimension() {
    return dimension;
  }

  public int size() {
    return rows.size();
  }

  /** The term's vector (a copy), or null when the term is unknown. */
  public float[] vector(String term) {
    Integer row = rows.get(term);
    if (row == null) {
      return null;
    }
    float[] vector = new float[dimension];
    int at = row * dimension;
    if (values != null) {
      System.arraycopy(values, at, vector, 0, dimension);
    } else {
      for (int d = 0; d < dimension; d++) {
        vector[d] = codes[at + d] * scales[row];
      }
    }
    return vector;
  }
}
