package org.diplomatic.analyzer.search.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One vector per cooperation area in the space of the word vectors (the mean of the vectors of the corpus documents
 * labelled with it, written by {@link AreaVectorsBuilder}), so a query can be told its areas without loading the area
 * classifier: each area weighs the softmax of its cosine with the query. File: {@code label<TAB>values} (space
 * separated), {@code #} lines are comments.
 */
public final class AreaVectors {
  /**
   * Sharpness of the softmax: cosines of one query with the 14 areas differ by hundredths, so they are multiplied by
   * this before exponentiating (measured on the tuning half of corpus/relevance: 30 beat 10 and 50).
   */
  static final double TEMPERATURE = 30;

  private final List<String> labels;
  private final float[][] vectors;

  private AreaVectors(List<String> labels, float[][] vectors) {
    this.labels = List.copyOf(labels);
    this.vectors = vectors;
  }

  /** Unit vectors of {@code areas} (label -> vector of any length, all of one dimension). */
  public static AreaVectors of(Map<String, float[]> areas) {
    List<String> labels = new ArrayList<>(areas.keySet());
    float[][] vectors = new float[labels.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = Vectors.unit(areas.get(labels.get(i)));
    }
    return new AreaVectors(labels, vectors);
  }

  public static AreaVectors load(Path file) throws IOException {
    Map<String, float[]> areas = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 2) {
          throw new IOException(file + ": not 'label<TAB>values': " + line);
        }
        String[] values = cells[1].trim().split(" ");
        float[] v = new float[values.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = Float.parseFloat(values[i]);
        }
        areas.put(cells[0], v);
      }
    } catch (NumberFormatException e) {
      throw new IOException(file + ": bad value (" + e.getMessage() + ")", e);
    }
    return of(areas);
  }

  public int dimension() {
    return vectors.length == 0 ? 0 : vectors[0].length;
  }

  public List<String> labels() {
    return labels;
  }

  /** Each area's weight for a unit {@code query} vector: softmax of the cosines times {@link #TEMPERATURE}. */
  public Map<String, Double> weights(float[] query) {
    double[] e = new double[labels.size()];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < e.length; i++) {
      e[i] = TEMPERATURE * Vectors.dot(query, vectors[i]);
      best = Math.max(best, e[i]);
    }
    double sum = 0;
    for (int i = 0; i < e.length; i++) {
      e[i] = Math.exp(e[i] - best);
      sum += e[i];
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < e.length; i++) {
      out.put(labels.get(i), e[i] / sum);
    }
    return out;
  }
}
