package org.diplomatic.analyzer.ledger;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How specific each content word is, from a fixed table that {@code train} writes ({@value #FILE} under
 * {@code models/ledger/}): the number of text units counted (the corpus train split's statements and the sentences of
 * the published news) and, per word seen in at least two of them, in how many. A word's weight is its idf,
 * {@code log(1 + units / df)}; a word the table lacks is as specific as one seen once. A fixed table, not the index's
 * own statements, so that adding documents never reweighs what is linked already.
 */
public final class WordWeights {
  public static final String FOLDER = "ledger";
  public static final String FILE = "word-weights.tsv";
  private final long units;
  private final Map<String, Integer> df;

  WordWeights(long units, Map<String, Integer> df) {
    this.units = Math.max(1, units);
    this.df = df;
  }

  /** The table of the models folder {@code models}; a missing or bad one is an {@link UncheckedIOException}. */
  public static WordWeights load(Path models) {
    Path file = models.resolve(FOLDER).resolve(FILE);
    Map<String, Integer> df = new HashMap<>();
    long units = -1;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (units < 0) {
          units = Long.parseLong(line.substring(tab + 1).strip());
        } else {
          df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
        }
      }
    } catch (IOException | RuntimeException e) {
      String message = "no ledger word weights at " + file + " (run 'analyzer train --ledger-only')";
      throw new UncheckedIOException(message, e instanceof IOException io ? io : new IOException(message, e));
    }
    return new WordWeights(units, df);
  }

  /** The idf weight of {@code term}. */
  double weight(String term) {
    return Math.log(1 + units / (double) df.getOrDefault(term, 1));
  }

  /** In how many text units {@code term} was seen (0: fewer than two). */
  int count(String term) {
    return df.getOrDefault(term, 0);
  }

  /** Writes the table with a header saying where it comes from. */
  void save(Path models, String source) {
    Path file = models.resolve(FOLDER).resolve(FILE);
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("# Ledger word weights: in how many text units each content word (ContentTerms: folded, stemmed,\n");
        out.write("# Persian mapped to Arabic) occurs, words of two units or more.\n");
        out.write("# Counted: " + source + "\n");
        out.write("# written by 'analyzer train --ledger-only'; first row: the number of units\n");
        out.write("units\t" + units + "\n");
        for (Map.Entry<String, Integer> e : new TreeMap<>(df).entrySet()) {
          out.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
