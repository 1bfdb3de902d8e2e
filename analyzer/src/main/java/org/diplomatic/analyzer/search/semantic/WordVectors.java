package org.diplomatic.analyzer.search.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Word vectors of Arabic and Persian in one space, keyed by the terms of
 * {@code new ArabicPersianAnalyzer(Stemming.LIGHT)}. The file is plain Java data (no ND4J at run time): a magic
 * number, a version, the dimension, the count, then each term (modified UTF-8) and its floats.
 */
public final class WordVectors {
  private static final int MAGIC = 0x57564543; // "WVEC"
  private static final int VERSION = 1;

  private final int dimension;
  private final Map<String, float[]> vectors;

  private WordVectors(int dimension, Map<String, float[]> vectors) {
    this.dimension = dimension;
    this.vectors = vectors;
  }

  public static WordVectors of(int dimension, Map<String, float[]> vectors) {
    Map<String, float[]> copy = new HashMap<>();
    vectors.forEach((term, vector) -> {
      if (vector.length != dimension) {
        throw new IllegalArgumentException("vector of '" + term + "' has " + vector.length + " values, not " + dimension);
      }
      copy.put(term, vector.clone());
    });
    return new WordVectors(dimension, copy);
  }

  public static WordVectors load(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException("not a word-vector file of this version: " + file);
      }
      int dimension = in.readInt();
      int count = in.readInt();
      Map<String, float[]> vectors = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String term = in.readUTF();
        float[] vector = new float[dimension];
        for (int d = 0; d < dimension; d++) {
          vector[d] = in.readFloat();
        }
        vectors.put(term, vector);
      }
      return new WordVectors(dimension, vectors);
    }
  }

  public void save(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(dimension);
      out.writeInt(vectors.size());
      for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
        out.writeUTF(entry.getKey());
        for (float value : entry.getValue()) {
          out.writeFloat(value);
        }
      }
    }
  }

  public int dimension() {
    return dimension;
  }

  public int size() {
    return vectors.size();
  }

  /** The term's vector (a copy), or null when the term is unknown. */
  public float[] vector(String term) {
    float[] vector = vectors.get(term);
    return vector == null ? null : vector.clone();
  }
}
