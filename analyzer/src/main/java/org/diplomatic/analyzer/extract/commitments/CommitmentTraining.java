package org.diplomatic.analyzer.extract.commitments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;

/**
 * The {@code train} step for commitments: trains on the train split, saves to {@code <out>/commitments/}, and
 * writes {@code metrics.json} with the dev and test scores of the model and of the cue baseline.
 */
public final class CommitmentTraining {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CommitmentTraining() {}

  public static String run(GoldCorpus corpus, Path outDir) {
    List<GoldDocument> train = corpus.documents(GoldCorpus.Split.TRAIN);
    CommitmentModel model = new CommitmentTrainer().train(train);
    Path dir = outDir.resolve("commitments");
    model.save(dir);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("train_documents", train.size());
    metrics.put("train_commitments", train.stream().mapToInt(d -> d.commitments().size()).sum());
    StringBuilder report = new StringBuilder();
    for (GoldCorpus.Split split : List.of(GoldCorpus.Split.DEV, GoldCorpus.Split.TEST)) {
      List<GoldDocument> docs = corpus.documents(split);
      Map<String, Object> bySystem = new LinkedHashMap<>();
      for (Map.Entry<String, ClauseClassifier> system : systems(model).entrySet()) {
        Map<String, CommitmentEvaluator.Scores> scores =
            CommitmentEvaluator.evaluate(new CommitmentExtractor(system.getValue()), docs);
        Map<String, Object> perLang = new LinkedHashMap<>();
        scores.forEach((lang, s) -> {
          perLang.put(lang, asMap(s));
          if (split == GoldCorpus.Split.TEST) {
            report.append(String.format("%-8s %s  %s%n", system.getKey(), lang, s));
          }
        });
        bySystem.put(system.getKey(), perLang);
      }
      metrics.put(split.name().toLowerCase(), bySystem);
    }
    try {
      JSON.writeValue(dir.resolve("metrics.json").toFile(), metrics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve("metrics.json"), e);
    }
    return report.toString();
  }

  /** The learned model and the cue baseline, for side-by-side scores. */
  public static Map<String, ClauseClassifier> systems(CommitmentModel model) {
    Map<String, ClauseClassifier> systems = new LinkedHashMap<>();
    systems.put("model", model);
    systems.put("cues", new CueBaseline(CueLexicon.load()));
    return systems;
  }

  static Map<String, Object> asMap(CommitmentEvaluator.Scores s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(s.detection.precision()));
    m.put("recall", round(s.detection.recall()));
    m.put("f1", round(s.detection.f1()));
    m.put("kind_accuracy", round(s.kind.value()));
    m.put("holder_accuracy", round(s.holder.value()));
    m.put("holder_present", round(s.holderPresent.value()));
    m.put("owner_accuracy_minutes", round(s.owner.value()));
    m.put("deadline_accuracy_minutes", round(s.deadline.value()));
    m.put("counts", Map.of("tp", s.detection.truePositives(), "fp", s.detection.falsePositives(),
        "fn", s.detection.falseNegatives(), "holder_n", s.holder.total, "owner_n", s.owner.total,
        "deadline_n", s.deadline.total));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
