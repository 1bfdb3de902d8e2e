package org.diplomatic.analyzer.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplomatic.analyzer.eval.GoldCorpus;

/**
 * The {@code train} step for areas. The network trains on the corpus train split plus, when given, the real set's
 * dev documents (published news, repeated {@link #REAL_REPEATS} times since they are few). How documents are decided
 * (a keyword weight per label, thresholds shared or per language: {@link ThresholdTuner.Options}) is chosen by
 * cross-validation over the real dev documents ({@link #FOLDS} folds, each predicted by a network and decisions tuned
 * without it, the decisions on the corpus dev split and the other folds' out-of-fold scores); the chosen decisions
 * are then tuned on the corpus dev split plus every fold's out-of-fold scores. Saves the model to
 * {@code <out>/areas/} with {@code metrics.json} (training-data hash, settings, every option's cross-validated
 * scores, which {@code evaluate} prints for the chosen one). Test splits are not read.
 */
public final class AreaTraining {
  /** Folds of the real dev documents for cross-validation. */
  public static final int FOLDS = 4;
  /**
   * How many times each real dev document is repeated in training: 5 of 1, 3 and 5 by cross-validated micro-F1 and on
   * unseen articles (models/areas/README.md).
   */
  public static final int REAL_REPEATS = 5;
  /**
   * The samples of {@code models/areas/unseen-samples.tsv} the network also trains on (articles labelled at document
   * level only); F is left out: it is the blind check of the model trained on the others.
   */
  public static final Set<String> ARTICLE_SAMPLES = Set.of("A", "C", "D", "E", "G");
  /** How many times each labelled article is repeated when trained on (1, the one value measured). */
  public static final int ARTICLE_REPEATS = 1;

  private static final String CROSS_VALIDATED = "real_dev_cross_validated";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AreaTraining() {}

  /**
   * Trains, saves and returns the printable scores on the tuning documents. {@code articles} (published articles
   * labelled at document level) join the training data of every network {@code articleRepeats} times and, with
   * {@code tuneOnArticles}, the documents the decisions are tuned on (their document labels only, each scored by a
   * network that did not train on them: then {@code articleRepeats} must be 0). The real dev folds, and what each
   * fold is scored by, stay as without them, so the cross-validated scores stay comparable.
   */
  public static String run(GoldCorpus corpus, List<AreaDocument> realDev, List<AreaDocument> articles, Path outDir,
      AreaTrainer.Settings settings, int realRepeats, int articleRepeats, boolean tuneOnArticles) {
    if (tuneOnArticles && articleRepeats > 0) {
      throw new IllegalArgumentException("articles tuned on must not be trained on (article repeats "
          + articleRepeats + ")");
    }
    List<AreaDocument> train = AreaDocument.of(corpus, GoldCorpus.Split.TRAIN);
    List<AreaDocument> fitted = withRepeats(train, articles, articleRepeats);
    List<AreaDocument> dev = AreaDocument.of(corpus, GoldCorpus.Split.DEV);
    AreaTrainer trainer = new AreaTrainer(settings);
    long t0 = System.nanoTime();
    List<AreaDocument> tunedArticles = tuneOnArticles ? articles : List.of();
    List<List<ScoredDocument>> outOfFold = new ArrayList<>();
    List<List<ScoredDocument>> articlesByFold = new ArrayList<>();
    for (List<AreaDocument> fold : folds(realDev)) {
      List<AreaDocument> rest = realDev.stream().filter(d -> !fold.contains(d)).toList();
      AreaModel network = trainer.fit(withRepeats(fitted, rest, realRepeats));
      outOfFold.add(AreaTrainer.score(network, fold));
      articlesByFold.add(documentLabelsOnly(AreaTrainer.score(network, tunedArticles)));
    }
    AreaModel untuned = trainer.fit(withRepeats(fitted, realDev, realRepeats));
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    List<ScoredDocument> devScored = AreaTrainer.score(untuned, dev);
    List<ScoredDocument> tuning = new ArrayList<>(devScored);
    outOfFold.forEach(tuning::addAll);
    tuning.addAll(documentLabelsOnly(AreaTrainer.score(untuned, tunedArticles)));
    ThresholdTuner tuner = new ThresholdTuner();
    ThresholdTuner.Options chosen = ThresholdTuner.Options.NETWORK_ONLY;
    Map<String, Object> options = new LinkedHashMap<>();
    List<AreaEvaluator.Result> chosenCv = List.of();
    Map<String, List<String>> chosenByDocument = Map.of();
    StringBuilder optionLines = new StringBuilder();
    double bestMean = -1;
    for (ThresholdTuner.Options option : realDev.isEmpty() ? List.of(chosen) : ThresholdTuner.Options.candidates()) {
      Map<String, List<String>> byDocument = new TreeMap<>();
      List<AreaEvaluator.Result> cv = crossValidate(tuner, option, untuned, devScored, outOfFold, articlesByFold,
          byDocument);
      List<AreaEvaluator.Result> corpusDev = predict(new AreaClassifier(tuner.tune(untuned, tuning, option)),
          List.of(devScored));
      double mean = cv.stream().mapToDouble(r -> r.scores().microF1()).average().orElse(0);
      options.put(option.toString(), Map.of(CROSS_VALIDATED, summary(cv), "corpus_dev", summary(corpusDev)));
      optionLines.append(String.format("  %-70s cross-validated %s | corpus dev %s%n", option, micro(cv),
          micro(corpusDev)));
      if (mean > bestMean + 1e-9) {
        bestMean = mean;
        chosen = option;
        chosenCv = cv;
        chosenByDocument = byDocument;
      }
    }
    AreaModel model = tuner.tune(untuned, tuning, chosen);
    Path dir = outDir.resolve("areas");
    model.save(dir);

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("data_sha256", hash(train, dev, realDev, articles));
    metrics.put("train_documents", train.size() + realDev.size() + articles.size());
    metrics.put("real_dev_documents", realDev.size());
    metrics.put("real_repeats", realRepeats);
    metrics.put("labelled_articles", articles.size());
    metrics.put("article_repeats", articleRepeats);
    metrics.put("tuned_on_articles", tuneOnArticles);
    metrics.put("folds", realDev.isEmpty() ? 0 : FOLDS);
    metrics.put("train_sentences", Stream.of(train, realDev, articles).flatMap(List::stream)
        .mapToInt(d -> d.sentences().size()).sum());
    metrics.put("settings", settings);
    metrics.put("train_seconds", Math.round(trainSeconds * 10) / 10.0);
    metrics.put("decisions", chosen.toString());
    metrics.put("aggregation", model.aggregation());
    Map<String, DocumentAreaPredictor> predictors = predictors(model, train, dev);
    List<AreaEvaluator.Result> devResults = AreaEvaluator.compare(predictors, dev);
    metrics.put("corpus_dev", summary(devResults));
    String report = "corpus dev (tuning documents):\n" + AreaEvaluator.format(devResults);
    if (!realDev.isEmpty()) {
      metrics.put(CROSS_VALIDATED, summary(chosenCv));
      // per article, so another model can be compared on any subset of the same articles
      metrics.put("real_dev_out_of_fold_areas", chosenByDocument);
      metrics.put("options", options);
      report += "\ndecisions compared (real dev micro-F1 cross-validated; corpus dev with decisions tuned on all):\n"
          + optionLines + "chosen: " + chosen + "\n"
          + "\nreal dev, cross-validated (" + FOLDS + " folds; each fold scored by a network and decisions that "
          + "never saw it):\n" + AreaEvaluator.format(chosenCv);
    }
    try {
      JSON.writeValue(dir.resolve("metrics.json").toFile(), metrics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve("metrics.json"), e);
    }
    return report;
  }

  /**
   * Each fold of the real dev documents predicted by the network trained without it and by decisions ({@code option}
   * tuned) on the corpus dev split, the other folds' scores and the fold's tuning articles only; each document's
   * predicted areas go to {@code byDocument}.
   */
  static List<AreaEvaluator.Result> crossValidate(ThresholdTuner tuner, ThresholdTuner.Options option,
      AreaModel untuned, List<ScoredDocument> devScored, List<List<ScoredDocument>> outOfFold,
      List<List<ScoredDocument>> articlesByFold, Map<String, List<String>> byDocument) {
    Map<String, LabelScores> byLang = new TreeMap<>();
    for (int f = 0; f < outOfFold.size(); f++) {
      List<ScoredDocument> tuning = new ArrayList<>(devScored);
      tuning.addAll(articlesByFold.get(f));
      for (int g = 0; g < outOfFold.size(); g++) {
        if (g != f) {
          tuning.addAll(outOfFold.get(g));
        }
      }
      predictInto(new AreaClassifier(tuner.tune(untuned, tuning, option)), outOfFold.get(f), byLang, byDocument);
    }
    return results(byLang);
  }

  private static List<ScoredDocument> documentLabelsOnly(List<ScoredDocument> scored) {
    return scored.stream().map(d -> new ScoredDocument(d.document(), d.sentenceScores(), false)).toList();
  }

  private static List<AreaEvaluator.Result> predict(AreaClassifier classifier, List<List<ScoredDocument>> docs) {
    Map<String, LabelScores> byLang = new TreeMap<>();
    docs.forEach(d -> predictInto(classifier, d, byLang, new TreeMap<>()));
    return results(byLang);
  }

  private static void predictInto(AreaClassifier classifier, List<ScoredDocument> docs,
      Map<String, LabelScores> byLang, Map<String, List<String>> byDocument) {
    for (ScoredDocument d : docs) {
      Set<String> predicted = classifier.documentAreas(d.document().lang(), d.document().texts(), d.sentenceScores())
          .stream().map(Area::label).collect(Collectors.toSet());
      byLang.computeIfAbsent(d.document().lang(), k -> new LabelScores()).add(d.document().labels(), predicted);
      byDocument.put(d.document().id(), predicted.stream().sorted().toList());
    }
  }

  private static List<AreaEvaluator.Result> results(Map<String, LabelScores> byLang) {
    return byLang.entrySet().stream().map(e -> new AreaEvaluator.Result("network", e.getKey(), e.getValue())).toList();
  }

  private static String micro(List<AreaEvaluator.Result> results) {
    return results.stream().map(r -> String.format("%s %.3f", r.lang(), r.scores().microF1()))
        .collect(Collectors.joining(" "));
  }

  /** One language's cross-validated document scores on the real dev set, as the last {@code train} measured them. */
  public record CrossValidated(String lang, double microF1, double macroF1) {}

  /** The cross-validated scores in {@code <areasDir>/metrics.json}; none when the model was trained without them. */
  public static List<CrossValidated> crossValidated(Path areasDir) {
    Path file = areasDir.resolve("metrics.json");
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      JsonNode cv = JSON.readTree(file.toFile()).path(CROSS_VALIDATED);
      List<CrossValidated> out = new ArrayList<>();
      cv.fields().forEachRemaining(e -> out.add(new CrossValidated(e.getKey().substring(e.getKey().indexOf('/') + 1),
          e.getValue().path("micro_f1").asDouble(), e.getValue().path("macro_f1").asDouble())));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
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

  private static String hash(List<AreaDocument> train, List<AreaDocument> dev, List<AreaDocument> real,
      List<AreaDocument> articles) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // the labelled articles enter the hash only when there are some, so a model without them keeps its old hash
      for (List<AreaDocument> docs : articles.isEmpty() ? List.of(train, dev, real) : List.of(train, dev, real,
          articles)) {
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
