package org.diplomatic.analyzer.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.GoldCorpus;

/**
 * The {@code train} step for areas: trains on the train split, tunes on dev, saves the model to
 * {@code <out>/areas/} with {@code metrics.json} (training-data hash, dev and test scores of the model and both
 * baselines).
 */
public final class AreaTraining {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AreaTraining() {}

  /** Trains, saves and returns the printable test comparison. */
  public static String run(GoldCorpus corpus, Path outDir, AreaTrainer.Settings settings) {
    List<AreaDocument> train = AreaDocument.of(corpus, GoldCorpus.Split.TRAIN);
    List<AreaDocument> dev = AreaDocument.of(corpus, GoldCorpus.Split.DEV);
    List<AreaDocument> test = AreaDocument.of(corpus, GoldCorpus.Split.TEST);
    long t0 = System.nanoTime();
    AreaModel model = new AreaTrainer(settings).train(train, dev);
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    Path dir = outDir.resolve("areas");
    model.save(dir);

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("data_sha256", hash(train, dev));
    metrics.put("train_documents", train.size());
    metrics.put("train_sentences", train.stream().mapToInt(d -> d.sentences().size()).sum());
    metrics.put("settings", settings);
    metrics.put("train_seconds", Math.round(trainSeconds * 10) / 10.0);
    metrics.put("aggregation", model.aggregation());
    Map<String, DocumentAreaPredictor> predictors = predictors(model, train, dev);
    List<AreaEvaluator.Result> devResults = AreaEvaluator.compare(predictors, dev);
    List<AreaEvaluator.Result> testResults = AreaEvaluator.compare(predictors, test);
    metrics.put("dev", summary(devResults));
    metrics.put("test", summary(testResults));
    metrics.put("test_sentence_level", sentenceSummary(new AreaClassifier(model), test));
    try {
      JSON.writeValue(dir.resolve("metrics.json").toFile(), metrics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve("metrics.json"), e);
    }
    return AreaEvaluator.format(testResults);
  }

  /** The network and both baselines, the keyword baseline's sentence count tuned on dev. */
  public static Map<String, DocumentAreaPredictor> predictors(
      AreaModel model, List<AreaDocument> train, List<AreaDocument> dev) {
    Map<String, DocumentAreaPredictor> predictors = new LinkedHashMap<>();
    predictors.put("network", new NeuralAreaPredictor(new AreaClassifier(model)));
    predictors.put("doccat", DoccatAreaBaseline.train(train));
    KeywordAreaBaseline one = new KeywordAreaBaseline(1);
    KeywordAreaBaseline two = new KeywordAreaBaseline(2);
    boolean twoIsBetter =
        AreaEvaluator.documents(two, dev).macroF1() > AreaEvaluator.documents(one, dev).macroF1();
    predictors.put("keywords", twoIsBetter ? two : one);
    return predictors;
  }

  static Map<String, Object> summary(List<AreaEvaluator.Result> results) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (AreaEvaluator.Result r : results) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("micro_f1", round(r.scores().microF1()));
      one.put("macro_f1", round(r.scores().macroF1()));
      Map<String, Object> labels = new LinkedHashMap<>();
      r.scores().perLabel().forEach((label, f) -> labels.put(label,
          Map.of("p", round(f.precision()), "r", round(f.recall()), "f1", round(f.f1()),
              "gold", f.truePositives() + f.falseNegatives())));
      one.put("per_label", labels);
      out.put(r.predictor() + "/" + r.lang(), one);
    }
    return out;
  }

  private static Map<String, Object> sentenceSummary(AreaClassifier classifier, List<AreaDocument> test) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String lang : List.of("ar", "fa")) {
      LabelScores s = AreaEvaluator.sentences(classifier, test.stream().filter(d -> d.lang().equals(lang)).toList());
      out.put(lang, Map.of("micro_f1", round(s.microF1()), "macro_f1", round(s.macroF1())));
    }
    return out;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static String hash(List<AreaDocument> train, List<AreaDocument> dev) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (List<AreaDocument> docs : List.of(train, dev)) {
        for (AreaDocument d : docs) {
          for (AreaExample s : d.sentences()) {
            sha.update(s.text().getBytes(StandardCharsets.UTF_8));
            sha.update(new java.util.TreeSet<>(s.labels()).toString().getBytes(StandardCharsets.UTF_8));
          }
          sha.update(new java.util.TreeSet<>(d.labels()).toString().getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
