package org.diplomatic.analyzer.search.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How much each term counts in a document or query vector: its inverse document frequency, from a table of the
 * commonest terms ({@code term<TAB>idf}, {@code #} lines are comments, written by {@link TermWeightsBuilder}); a
 * term not in the table is rare and gets the table's ceiling. Without a table every term counts 1.
 */
public final class TermWeights {
  private final Map<String, Float> idf;
  private final float ceiling;

  private TermWeights(Map<String, Float> idf, float ceiling) {
    this.idf = idf;
    this.ceiling = ceiling;
  }

  public static TermWeights uniform() {
    return new TermWeights(Map.of(), 1f);
  }

  public static TermWeights of(Map<String, Float> idf, float ceiling) {
    return new TermWeights(Map.copyOf(idf), ceiling);
  }

  /** Reads a table; its {@code # ceiling<TAB>X} line gives the weight of terms not listed. */
  public static TermWeights load(Path file) throws IOException {
    Map<String, Float> idf = new HashMap<>();
    float ceiling = 1f;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split("\t");
        if (line.startsWith("# ceiling\t")) {
          ceiling = Float.parseFloat(cells[1]);
        } else if (!line.isBlank() && !line.startsWith("#")) {
          if (cells.length != 2) {
            throw new IOException(file + ": not 'term<TAB>weight': " + line);
          }
          idf.put(cells[0], Float.parseFloat(cells[1]));
        }
      }
    } catch (NumberFormatException e) {
      throw new IOException(file + ": bad weight (" + e.getMessage() + ")", e);
    }
    return new TermWeights(idf, ceiling);
  }

  public float weight(String term) {
    return idf.getOrDefault(term, ceiling);
  }
}
