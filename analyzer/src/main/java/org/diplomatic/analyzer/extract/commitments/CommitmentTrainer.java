package org.diplomatic.analyzer.extract.commitments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.GoldDocument.GoldCommitment;
import org.diplomatic.analyzer.eval.GoldDocument.GoldSentence;

/**
 * Trains the commitment model (OpenNLP maxent, fixed iterations and cutoff: deterministic) from gold sentences:
 * each sentence labelled with the kind of its first commitment or "none", and the clause of every sentence that
 * holds two or more commitments as a sample of its own.
 */
public final class CommitmentTrainer {
  /** Learner settings; {@link #defaults()} is the dev-selected choice (models/commitments/README.md). */
  public record Settings(String algorithm, int iterations, int cutoff) {
    public static Settings defaults() {
      return new Settings("PERCEPTRON", 300, 1);
    }
  }

  private final CueLexicon cues = CueLexicon.load();
  private final Settings settings;

  public CommitmentTrainer(Settings settings) {
    this.settings = settings;
  }

  public CommitmentTrainer() {
    this(Settings.defaults());
  }

  public CommitmentModel train(List<GoldDocument> docs) {
    CommitmentFeatures features = new CommitmentFeatures(cues);
    List<DocumentSample> samples = new ArrayList<>();
    for (GoldDocument d : docs) {
      for (int i = 0; i < d.sentences().size(); i++) {
        GoldSentence s = d.sentences().get(i);
        final int index = i;
        List<GoldCommitment> inSentence = d.commitments().stream().filter(c -> c.sentence() == index).toList();
        String label = inSentence.isEmpty() ? ClauseClassifier.NONE : inSentence.get(0).kind();
        samples.add(new DocumentSample(label, features.of(s.text(), d.genre())));
        if (inSentence.size() > 1) {
          for (GoldCommitment c : inSentence) {
            samples.add(new DocumentSample(c.kind(), features.of(c.text(), d.genre())));
          }
        }
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    try {
      DoccatModel model = DocumentCategorizerME.train(
          "x", new CollectionObjectStream<>(samples), params, new DoccatFactory());
      return new CommitmentModel(model, cues);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train the commitment model", e);
    }
  }
}
