package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * Picks, on scored tuning documents, per label the keyword weight of its document score (among the {@link Options}'
 * choices) and the score threshold that maximize F1 (the middle of tied thresholds; sentences and documents
 * separately; document thresholds per language when the options say so, a label a language lacks keeping the shared
 * one) and the document aggregation with the best macro-F1; labels absent from the documents keep 0.5. Per language, the {@link AreaModel.Fallback}
 * with the best micro-F1 for documents no label passes (a tie keeps the rule that leaves fewer documents without an
 * area, {@link #ALWAYS_BEST} first): forcing a label on every article loses on the real dev articles that have none.
 */
final class ThresholdTuner {
  private static final double[] CANDIDATES = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
      0.75, 0.8, 0.85, 0.9};
  static final AreaModel.Fallback ALWAYS_BEST = new AreaModel.Fallback(0, false);
  // tried in this order, so that a tie keeps the rule that leaves fewer documents without an area
  private static final double[] FLOORS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 2};

  /**
   * How document scores are made and thresholded: the keyword weights each label may take (one: every label takes
   * it), and thresholds per language or shared.
   */
  record Options(List<Double> keywordWeights, boolean perLanguage) {
    static final Options NETWORK_ONLY = new Options(List.of(0.0), false);

    /** The options {@code train} compares by cross-validation, simplest first (a tie keeps the simpler). */
    static List<Options> candidates() {
      List<Options> all = new ArrayList<>();
      for (List<Double> weights : List.of(List.of(0.0), List.of(0.2), List.of(0.35), List.of(0.5),
          List.of(0.0, 0.35, 0.7))) {
        all.add(new Options(weights, false));
        all.add(new Options(weights, true));
      }
      return all;
    }

    @Override
    public String toString() {
      return "keyword weight " + (keywordWeights.size() == 1 ? keywordWeights.get(0) : "per label of "
          + keywordWeights) + ", " + (perLanguage ? "per-language" : "shared") + " thresholds";
    }
  }

  private final Map<AreaDocument, int[]> keywordSentences = new IdentityHashMap<>();

  AreaModel tune(AreaModel model, List<ScoredDocument> docs) {
    return tune(model, docs, Options.NETWORK_ONLY);
  }

  AreaModel tune(AreaModel model, List<ScoredDocument> docs, Options options) {
    List<String> labels = model.labels();
    List<float[]> sentenceFlat = new ArrayList<>();
    List<boolean[]> sentenceGold = new ArrayList<>();
    for (ScoredDocument d : docs.stream().filter(ScoredDocument::sentenceGold).toList()) {
      for (int i = 0; i < d.sentenceScores().length; i++) {
        sentenceFlat.add(d.sentenceScores()[i]);
        sentenceGold.add(gold(labels, d.document().sentences().get(i).labels()));
      }
    }
    Map<String, Double> sentenceThresholds = best(labels, sentenceFlat, sentenceGold, Map.of()).thresholds();
    List<boolean[]> docGold = docs.stream().map(d -> gold(labels, d.document().labels())).toList();
    Map<String, AreaModel.Fallback> fallbacks = new TreeMap<>();
    docs.forEach(d -> fallbacks.put(d.document().lang(), ALWAYS_BEST));
    AreaClassifier keywords = new AreaClassifier(model);
    List<int[]> counts = docs.stream().map(d -> keywordSentences(keywords, d.document())).toList();
    AreaModel bestModel = null;
    double bestMacro = -1;
    for (AreaModel.Aggregation aggregation : AreaModel.Aggregation.values()) {
      AreaClassifier c = new AreaClassifier(
          model.withDecisions(sentenceThresholds, model.documentThresholds(), aggregation, fallbacks));
      List<float[]> network = docs.stream().map(d -> c.documentScores(d.sentenceScores())).toList();
      Map<String, Double> weights = new LinkedHashMap<>();
      Map<String, Double> shared = new LinkedHashMap<>();
      Map<String, Double> bestF = new LinkedHashMap<>();
      for (double w : options.keywordWeights()) {
        Decision decision = best(labels, blended(network, counts, l -> w), docGold, Map.of());
        for (String label : labels) {
          // per label, the weight whose best threshold scores best; a tie keeps the smaller weight
          if (decision.f1().get(label) > bestF.getOrDefault(label, -1.0) + 1e-9) {
            weights.put(label, w);
            shared.put(label, decision.thresholds().get(label));
            bestF.put(label, decision.f1().get(label));
          }
        }
      }
      List<float[]> docScores = blended(network, counts, l -> weights.get(labels.get(l)));
      Map<String, Map<String, Double>> byLanguage = new TreeMap<>();
      if (options.perLanguage()) {
        for (String lang : fallbacks.keySet()) {
          List<Integer> ofLang = new ArrayList<>();
          for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).document().lang().equals(lang)) {
              ofLang.add(i);
            }
          }
          byLanguage.put(lang, best(labels, ofLang.stream().map(docScores::get).toList(),
              ofLang.stream().map(docGold::get).toList(), shared).thresholds());
        }
      }
      Map<String, Double> nonZero = new LinkedHashMap<>();
      weights.forEach((label, w) -> {
        if (w > 0) {
          nonZero.put(label, w);
        }
      });
      AreaModel candidate = model.withDecisions(sentenceThresholds, shared, aggregation, fallbacks)
          .withDocumentBlend(nonZero, byLanguage);
      double macro = macroF1(candidate, docs, docScores, docGold);
      if (macro > bestMacro) {
        bestMacro = macro;
        bestModel = candidate;
      }
    }
    return bestModel.withDecisions(bestModel.sentenceThresholds(), bestModel.documentThresholds(),
        bestModel.aggregation(), fallbacks(bestModel, docs));
  }

  private Map<String, AreaModel.Fallback> fallbacks(AreaModel model, List<ScoredDocument> docs) {
    Map<String, AreaModel.Fallback> fallbacks = new TreeMap<>();
    for (String lang : docs.stream().map(d -> d.document().lang()).distinct().sorted().toList()) {
      List<ScoredDocument> ofLang = docs.stream().filter(d -> d.document().lang().equals(lang)).toList();
      AreaModel.Fallback best = ALWAYS_BEST;
      double bestF = -1;
      for (boolean backstop : new boolean[] {false, true}) {
        for (double floor : FLOORS) {
          AreaModel.Fallback candidate = new AreaModel.Fallback(floor, backstop);
          double f = microF1(new AreaClassifier(model.withDecisions(model.sentenceThresholds(),
              model.documentThresholds(), model.aggregation(), Map.of(lang, candidate))), ofLang);
          if (f > bestF + 1e-9) {
            bestF = f;
            best = candidate;
          }
        }
      }
      fallbacks.put(lang, best);
    }
    return fallbacks;
  }

  private double microF1(AreaClassifier classifier, List<ScoredDocument> docs) {
    LabelScores scores = new LabelScores();
    for (ScoredDocument d : docs) {
      int[] counts = keywordSentences(classifier, d.document());
      float[] doc = classifier.blend(classifier.documentScores(d.sentenceScores()), counts);
      scores.add(d.document().labels(), classifier.documentAreas(d.document().lang(), doc, counts).stream()
          .map(Area::label).collect(java.util.stream.Collectors.toSet()));
    }
    return scores.microF1();
  }

  /** The keyword counts of a document's sentences, counted once per document however often it is tuned on. */
  int[] keywordSentences(AreaClassifier classifier, AreaDocument document) {
    return keywordSentences.computeIfAbsent(document, d -> classifier.keywordSentences(d.texts()));
  }

  private static boolean[] gold(List<String> labels, Set<String> set) {
    boolean[] g = new boolean[labels.size()];
    for (int l = 0; l < g.length; l++) {
      g[l] = set.contains(labels.get(l));
    }
    return g;
  }

  /** Per label, the best threshold and the F1 it reaches. */
  private record Decision(Map<String, Double> thresholds, Map<String, Double> f1) {}

  /** Per label, the threshold with the best F1; a label without gold keeps its default (0.5 when none). */
  private static Decision best(List<String> labels, List<float[]> scores, List<boolean[]> gold,
      Map<String, Double> defaults) {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    Map<String, Double> f1s = new LinkedHashMap<>();
    for (int l = 0; l < labels.size(); l++) {
      double bestT = defaults.getOrDefault(labels.get(l), 0.5);
      double bestF = 0;
      boolean anyGold = false;
      for (boolean[] g : gold) {
        anyGold |= g[l];
      }
      if (anyGold) {
        double[] f = new double[CANDIDATES.length];
        bestF = -1;
        for (int c = 0; c < CANDIDATES.length; c++) {
          double[] same = new double[scores.size()];
          Arrays.fill(same, CANDIDATES[c]);
          f[c] = f1(scores, gold, l, same);
          bestF = Math.max(bestF, f[c]);
        }
        bestT = middleOfBestRun(f, bestF);
      }
      thresholds.put(labels.get(l), bestT);
      f1s.put(labels.get(l), bestF);
    }
    return new Decision(thresholds, f1s);
  }

  /**
   * The middle of the longest run of consecutive candidates that reach {@code bestF} (the lower middle of an even
   * run): with a few dozen gold documents per label many thresholds tie, and the lowest of them lets through every
   * weaker score of unseen text that the tuning documents happened not to hold.
   */
  static double middleOfBestRun(double[] f, double bestF) {
    int bestStart = 0;
    int bestLength = 0;
    for (int c = 0; c < f.length; c++) {
      if (f[c] < bestF - 1e-9) {
        continue;
      }
      int end = c;
      while (end + 1 < f.length && f[end + 1] >= bestF - 1e-9) {
        end++;
      }
      if (end - c + 1 > bestLength) {
        bestStart = c;
        bestLength = end - c + 1;
      }
      c = end;
    }
    return CANDIDATES[bestStart + (bestLength - 1) / 2];
  }

  private static List<float[]> blended(List<float[]> network, List<int[]> counts, IntToDoubleFunction weight) {
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < network.size(); i++) {
      float[] doc = new float[network.get(i).length];
      for (int l = 0; l < doc.length; l++) {
        doc[l] = AreaClassifier.blend(network.get(i)[l], counts.get(i)[l], weight.applyAsDouble(l));
      }
      out.add(doc);
    }
    return out;
  }

  private static double macroF1(AreaModel model, List<ScoredDocument> docs, List<float[]> scores,
      List<boolean[]> gold) {
    double sum = 0;
    for (int l = 0; l < model.labels().size(); l++) {
      String label = model.labels().get(l);
      double[] thresholds = docs.stream()
          .mapToDouble(d -> model.documentThresholds(d.document().lang()).get(label)).toArray();
      sum += f1(scores, gold, l, thresholds);
    }
    return sum / model.labels().size();
  }

  private static double f1(List<float[]> scores, List<boolean[]> gold, int label, double[] thresholds) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < scores.size(); i++) {
      boolean p = scores.get(i)[label] >= thresholds[i];
      boolean g = gold.get(i)[label];
      tp += p && g ? 1 : 0;
      fp += p && !g ? 1 : 0;
      fn += !p && g ? 1 : 0;
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
