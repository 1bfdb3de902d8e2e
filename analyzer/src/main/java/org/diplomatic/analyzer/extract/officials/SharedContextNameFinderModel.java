package org.diplomatic.analyzer.extract.officials;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model file as OpenNLP reads it, whose runtime decodes with {@link SharedContextBeamSearch} when the
 * model is a perceptron (ours are): the same names, about a third of the feature look-ups; optionally with the
 * "outside" outcome lowered by a bias (0: exactly OpenNLP's names).
 */
final class SharedContextNameFinderModel extends TokenNameFinderModel {
  private static final String MODEL_ENTRY = "nameFinder.model";

  private final PerceptronWeights weights;
  private final double outsideBias;

  private SharedContextNameFinderModel(InputStream in, double outsideBias) throws IOException {
    super(in);
    Object model = getArtifact(MODEL_ENTRY);
    this.weights = PerceptronWeights.isPerceptron(model) ? PerceptronWeights.of((AbstractModel) model) : null;
    this.outsideBias = outsideBias;
  }

  /** The model in {@code file}, decoded exactly as OpenNLP decodes it. */
  static SharedContextNameFinderModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new SharedContextNameFinderModel(in, 0);
    }
  }

  /** The same model, decoded exactly as OpenNLP decodes it. */
  static SharedContextNameFinderModel of(TokenNameFinderModel model) {
    return of(model, 0);
  }

  /**
   * The same model decoded with the outside outcome lowered by {@code outsideBias} (a model with another bias, or
   * a trained one, is written out and read back, which is how OpenNLP builds a model's parts).
   */
  static SharedContextNameFinderModel of(TokenNameFinderModel model, double outsideBias) {
    if (model instanceof SharedContextNameFinderModel shared && shared.outsideBias == outsideBias) {
      return shared;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      model.serialize(bytes);
      return new SharedContextNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()), outsideBias);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the person-name model", e);
    }
  }

  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    if (weights == null) {
      return super.getNameFinderSequenceModel();
    }
    String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return new SharedContextBeamSearch(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam),
        getArtifact(MODEL_ENTRY), weights, outsideBias);
  }
}
