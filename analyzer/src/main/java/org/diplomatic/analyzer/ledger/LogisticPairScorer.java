package org.diplomatic.analyzer.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A trained {@link PairScorer}: logistic regression over {@link PairFeatures#vector()}, the probability that the
 * statement continues the promise, joined at 0.5. Read from and written to {@value #FILE} under
 * {@code models/ledger/} (one row per feature, then the bias, with a header saying how it was trained).
 */
record LogisticPairScorer(double bias, double[] weights) implements PairScorer {
  static final String FILE = "pair-scorer.tsv";
  private static final String BIAS = "bias";

  @Override
  public double score(PairFeatures f) {
    double[] x = f.vector();
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public double threshold() {
    return 0.5;
  }

  /** The scorer of the models folder {@code models}, or empty when it has none; a bad table is an error. */
  static Optional<LogisticPairScorer> load(Path models) {
    Path file = models.resolve(WordWeights.FOLDER).resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      double[] weights = new double[PairFeatures.NAMES.size()];
      double bias = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        double w = Double.parseDouble(cells[1].strip());
        if (cells[0].equals(BIAS)) {
          bias = w;
        } else {
          int i = PairFeatures.NAMES.indexOf(cells[0]);
          if (i < 0) {
            throw new IllegalArgumentException("unknown feature " + cells[0]);
          }
          weights[i] = w;
        }
      }
      return Optional.of(new LogisticPairScorer(bias, weights));
    } catch (IOException | RuntimeException e) {
      String message = "bad ledger pair scorer at " + file + " (run 'analyzer train --ledger-only')";
      throw new UncheckedIOException(message, e instanceof IOException io ? io : new IOException(message, e));
    }
  }

  /** Writes the table, {@code how} (lines) saying what it was trained on. */
  void save(Path models, List<String> how) {
    Path file = models.resolve(WordWeights.FOLDER).resolve(FILE);
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("# Ledger pair scorer: logistic regression, P(statement continues promise) over PairFeatures;\n");
        for (String line : how) {
          out.write("# " + line + "\n");
        }
        out.write("# written by 'analyzer train --ledger-only'\n");
        for (int i = 0; i < weights.length; i++) {
          out.write(PairFeatures.NAMES.get(i) + "\t" + String.format(java.util.Locale.ROOT, "%.6f", weights[i]) + "\n");
        }
        out.write(BIAS + "\t" + String.format(java.util.Locale.ROOT, "%.6f", bias) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
