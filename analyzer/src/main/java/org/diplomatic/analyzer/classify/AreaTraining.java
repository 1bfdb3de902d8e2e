package org.diplomatic.analyzer.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplomatic.analyzer.eval.GoldCorpus;

/**
 * The {@code train} step for areas. The network trains on the corpus train split plus, when given, the real set's
 * dev documents (published news, repeated {@link #REAL_REPEATS} times since they are few); thresholds, aggregation and
 * fallbacks are tuned on the corpus dev split plus the real dev documents scored out of fold ({@link #FOLDS}-fold
 * cross-validation: each fold scored by a network trained without it). Saves the model to {@code <out>/areas/} with
 * {@code metrics.json} (training-data hash, settings, scores on the tuning documents). Test splits are not read.
 */
public final class AreaTraining {
  /** Folds of the real dev documents for cross-validation. */
  public static final int FOLDS = 4;
  /** How many times each real dev document is repeated in training (chosen by cross-validation). */
  public static final int REAL_REPEATS = 3;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AreaTraining() {}

  /** Trains, saves and returns the printable scores on the tuning documents. */
  public static String run(GoldCorpus corpus, List<AreaDocument> realDev, Path outDir, AreaTrainer.Settings settings,
      int realRepeats) {
    List<AreaDocument> train = AreaDocument.of(corpus, GoldCorpus.Split.TRAIN);
    List<AreaDocument> dev = AreaDocument.of(corpus, GoldCorpus.Split.DEV);
    AreaTrainer trainer = new AreaTrainer(settings);
    long t0 = System.nanoTime();
    List<ScoredDocument> outOfFold = new ArrayList<>();
    for (List<AreaDocument> fold : folds(realDev)) {
      List<AreaDocument> rest = realDev.stream().filter(d -> !fold.contains(d)).toList();
      outOfFold.addAll(AreaTrainer.score(trainer.fit(withRepeats(train, rest, realRepeats)), fold));
    }
    AreaModel untuned = trainer.fit(withRepeats(train, realDev, realRepeats));
    List<ScoredDocument> tuning = new ArrayList<>(AreaTrainer.score(untuned, dev));
    tuning.addAll(outOfFold);
    AreaModel model = AreaTrainer.tune(untuned, tuning);
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    Path dir = outDir.resolve("areas");
    model.save(dir);

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("data_sha256", hash(train, dev, realDev));
    metrics.put("train_documents", train.size() + realDev.size());
    metrics.put("real_dev_documents", realDev.size());
    metrics.put("real_repeats", realRepeats);
    metrics.put("folds", realDev.isEmpty() ? 0 : FOLDS);
    metrics.put("train_sentences", train.stream().mapToInt(d -> d.sentences().size()).sum()
        + realDev.stream().mapToInt(d -> d.sentences().size()).sum());
    metrics.put("settings", settings);
    metrics.put("train_seconds", Math.round(trainSeconds * 10) / 10.0);
    metrics.put("aggregation", model.aggregation());
    metrics.put("fallbacks", model.fallbacks());
    Map<String, DocumentAreaPredictor> predictors = predictors(model, train, dev);
    List<AreaEvaluator.Result> devResults = AreaEvaluator.compare(predictors, dev);
    metrics.put("corpus_dev", summary(devResults));
    String report = "corpus dev (tuning documents):\n" + AreaEvaluator.format(devResults);
    if (!realDev.isEmpty()) {
      AreaClassifier tuned = new AreaClassifier(model);
      List<AreaEvaluator.Result> cv = new ArrayList<>();
      for (String lang : List.of("ar", "fa")) {
        LabelScores s = new LabelScores();
        outOfFold.stream().filter(d -> d.document().lang().equals(lang)).forEach(d -> s.add(d.document().labels(),
            tuned.documentAreas(lang, d.document().texts(), d.sentenceScores()).stream().map(Area::label)
                .collect(java.util.stream.Collectors.toSet())));
        cv.add(new AreaEvaluator.Result("network", lang, s));
      }
      metrics.put("real_dev_out_of_fold", summary(cv));
      report += "\nreal dev, out of fold (" + FOLDS + " folds; thresholds tuned on these scores too):\n"
          + AreaEvaluator.format(cv);
    }
    try {
      JSON.writeValue(dir.resolve("metrics.json").toFile(), metrics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve("metrics.json"), e);
    }
    return report;
  }

  /** The real documents dealt into {@link #FOLDS} folds, round-robin per language in id order; none when empty. */
  static List<List<AreaDocument>> folds(List<AreaDocument> real) {
    List<List<AreaDocument>> folds = new ArrayList<>();
    if (real.isEmpty()) {
      return folds;
    }
    for (int f = 0; f < FOLDS; f++) {
      folds.add(new ArrayList<>());
    }
    Map<String, List<AreaDocument>> byLang = new TreeMap<>();
    real.forEach(d -> byLang.computeIfAbsent(d.lang(), k -> new ArrayList<>()).add(d));
    for (List<AreaDocument> docs : byLang.values()) {
      List<AreaDocument> sorted = docs.stream().sorted(Comparator.comparing(AreaDocument::id)).toList();
      for (int i = 0; i < sorted.size(); i++) {
        folds.get(i % FOLDS).add(sorted.get(i));
      }
    }
    return folds;
  }

  private static List<AreaDocument> withRepeats(List<AreaDocument> train, List<AreaDocument> real, int repeats) {
    List<AreaDocument> all = new ArrayList<>(train);
    for (int r = 0; r < repeats; r++) {
      all.addAll(real);
    }
    return all;
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

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static String hash(List<AreaDocument> train, List<AreaDocument> dev, List<AreaDocument> real) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (List<AreaDocument> docs : List.of(train, dev, real)) {
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
