package org.diplomatic.analyzer.extract.commitments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The learned commitment classifier: an OpenNLP maxent model over {@link CommitmentFeatures} with outcomes
 * "none" and the five kinds. Stored as {@code commitments/commitments.bin}. Thread-safe (one categorizer per call).
 */
public final class CommitmentModel implements ClauseClassifier {
  static final String FILE = "commitments.bin";

  private final DoccatModel model;
  private final CommitmentFeatures features;

  CommitmentModel(DoccatModel model, CueLexicon cues) {
    this.model = model;
    this.features = new CommitmentFeatures(cues);
  }

  /** Loads {@code dir/commitments.bin}; a missing file is an error naming it. */
  public static CommitmentModel load(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      String message = "no commitment model at " + file + " (run 'analyzer train')";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try {
      return new CommitmentModel(new DoccatModel(file), CueLexicon.load());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the commitment model " + file, e);
    }
  }

  public void save(Path dir) {
    try {
      Files.createDirectories(dir);
      model.serialize(dir.resolve(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the commitment model to " + dir, e);
    }
  }

  @Override
  public String kind(String text, String genre) {
    DocumentCategorizerME me = new DocumentCategorizerME(model);
    String best = me.getBestCategory(me.categorize(features.of(text, genre)));
    return "decision".equals(best) && !"minutes".equals(genre) ? "agreement" : best;
  }
}
