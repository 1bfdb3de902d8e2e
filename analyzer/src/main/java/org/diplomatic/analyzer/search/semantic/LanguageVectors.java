package org.diplomatic.analyzer.search.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word vectors of one language as trained: terms most frequent first, their corpus counts and vectors (row i
 * belongs to term i).
 */
public record LanguageVectors(String lang, List<String> terms, long[] counts, float[][] vectors) {
  public LanguageVectors {
    if (terms.size() != counts.length || terms.size() != vectors.length) {
      throw new IllegalArgumentException(lang + ": " + terms.size() + " terms, " + counts.length + " counts, "
          + vectors.length + " vectors");
    }
    terms = List.copyOf(terms);
  }

  public int size() {
    return terms.size();
  }

  public int dimension() {
    return vectors.length == 0 ? 0 : vectors[0].length;
  }

  /** Term to row. */
  public Map<String, Integer> rows() {
    Map<String, Integer> rows = new HashMap<>(terms.size() * 2);
    for (int i = 0; i < terms.size(); i++) {
      rows.put(terms.get(i), i);
    }
    return rows;
  }

  /** The {@code limit} most frequent terms, unit length, mean-centred, unit length again (as VecMap prepares). */
  public LanguageVectors normalized(int limit) {
    int n = Math.min(limit, size());
    int dim = dimension();
    float[][] out = new float[n][];
    double[] mean = new double[dim];
    for (int i = 0; i < n; i++) {
      out[i] = Vectors.unit(vectors[i]);
      for (int d = 0; d < dim; d++) {
        mean[d] += out[i][d] / n;
      }
    }
    for (float[] row : out) {
      for (int d = 0; d < dim; d++) {
        row[d] -= (float) mean[d];
      }
      Vectors.normalize(row);
    }
    long[] keptCounts = Arrays.copyOf(counts, n);
    return new LanguageVectors(lang, terms.subList(0, n), keptCounts, out);
  }

  /** Saves the vectors as trained (full floats, with counts), so that alignment can be rerun without training. */
  public void save(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeUTF(lang);
      out.writeInt(size());
      out.writeInt(dimension());
      for (int i = 0; i < size(); i++) {
        out.writeUTF(terms.get(i));
        out.writeLong(counts[i]);
        for (float value : vectors[i]) {
          out.writeFloat(value);
        }
      }
    }
  }

  public static LanguageVectors load(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      String lang = in.readUTF();
      int size = in.readInt();
      int dimension = in.readInt();
      List<String> terms = new ArrayList<>(size);
      long[] counts = new long[size];
      float[][] vectors = new float[size][dimension];
      for (int i = 0; i < size; i++) {
        terms.add(in.readUTF());
        counts[i] = in.readLong();
        for (int d = 0; d < dimension; d++) {
          vectors[i][d] = in.readFloat();
        }
      }
      return new LanguageVectors(lang, terms, counts, vectors);
    }
  }
}
