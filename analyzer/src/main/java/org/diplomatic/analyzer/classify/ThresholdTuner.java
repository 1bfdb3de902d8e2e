package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Picks, on scored tuning documents, the per-label score threshold that maximizes F1 (sentences and documents
 * separately), the document aggregation with the best macro-F1, and per language the {@link AreaModel.Fallback}
 * with the best micro-F1 for documents no label passes. Labels absent from the documents keep 0.5.
 */
final class ThresholdTuner {
  private static final double[] CANDIDATES = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
      0.75, 0.8, 0.85, 0.9};
  // tried in this order, so that a tie keeps the rule that leaves fewer documents without an area
  private static final double[] FLOORS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 2};

  AreaModel tune(AreaModel model, List<ScoredDocument> docs) {
    List<float[]> sentenceFlat = new ArrayList<>();
    List<boolean[]> sentenceGold = new ArrayList<>();
    for (ScoredDocument d : docs) {
      for (int i = 0; i < d.sentenceScores().length; i++) {
        sentenceFlat.add(d.sentenceScores()[i]);
        sentenceGold.add(gold(model.labels(), d.document().sentences().get(i).labels()));
      }
    }
    Map<String, Double> sentenceThresholds = best(model.labels(), sentenceFlat, sentenceGold);
    AreaModel bestModel = null;
    double bestMacro = -1;
    for (AreaModel.Aggregation aggregation : AreaModel.Aggregation.values()) {
      AreaClassifier c = new AreaClassifier(
          model.withDecisions(sentenceThresholds, model.documentThresholds(), aggregation, Map.of()));
      List<float[]> docScores = new ArrayList<>();
      List<boolean[]> docGold = new ArrayList<>();
      for (ScoredDocument d : docs) {
        docScores.add(c.documentScores(d.sentenceScores()));
        docGold.add(gold(model.labels(), d.document().labels()));
      }
      Map<String, Double> docThresholds = best(model.labels(), docScores, docGold);
      double macro = macroF1(model.labels(), docScores, docGold, docThresholds);
      if (macro > bestMacro) {
        bestMacro = macro;
        bestModel = model.withDecisions(sentenceThresholds, docThresholds, aggregation, Map.of());
      }
    }
    return bestModel.withDecisions(bestModel.sentenceThresholds(), bestModel.documentThresholds(),
        bestModel.aggregation(), fallbacks(bestModel, docs));
  }

  private static Map<String, AreaModel.Fallback> fallbacks(AreaModel model, List<ScoredDocument> docs) {
    Map<String, List<ScoredDocument>> byLang =
        docs.stream().collect(Collectors.groupingBy(d -> d.document().lang(), TreeMap::new, Collectors.toList()));
    Map<String, AreaModel.Fallback> fallbacks = new TreeMap<>();
    byLang.forEach((lang, langDocs) -> {
      AreaModel.Fallback best = AreaModel.Fallback.NONE;
      double bestF = -1;
      for (boolean backstop : new boolean[] {true, false}) {
        for (double floor : FLOORS) {
          AreaModel.Fallback candidate = new AreaModel.Fallback(floor, backstop);
          double f = microF1(new AreaClassifier(model.withDecisions(model.sentenceThresholds(),
              model.documentThresholds(), model.aggregation(), Map.of(lang, candidate))), langDocs);
          if (f > bestF + 1e-9) {
            bestF = f;
            best = candidate;
          }
        }
      }
      fallbacks.put(lang, best);
    });
    return fallbacks;
  }

  private static double microF1(AreaClassifier classifier, List<ScoredDocument> docs) {
    LabelScores scores = new LabelScores();
    for (ScoredDocument d : docs) {
      Set<String> predicted = classifier.documentAreas(d.document().lang(), d.document().texts(), d.sentenceScores())
          .stream().map(Area::label).collect(Collectors.toSet());
      scores.add(d.document().labels(), predicted);
    }
    return scores.microF1();
  }

  private static boolean[] gold(List<String> labels, Set<String> set) {
    boolean[] g = new boolean[labels.size()];
    for (int l = 0; l < g.length; l++) {
      g[l] = set.contains(labels.get(l));
    }
    return g;
  }

  private static Map<String, Double> best(List<String> labels, List<float[]> scores, List<boolean[]> gold) {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    for (int l = 0; l < labels.size(); l++) {
      double bestT = 0.5;
      double bestF = -1;
      boolean anyGold = false;
      for (boolean[] g : gold) {
        anyGold |= g[l];
      }
      if (anyGold) {
        for (double t : CANDIDATES) {
          double f = f1(scores, gold, l, t);
          if (f > bestF + 1e-9) {
            bestF = f;
            bestT = t;
          }
        }
      }
      thresholds.put(labels.get(l), bestT);
    }
    return thresholds;
  }

  private static double macroF1(List<String> labels, List<float[]> scores, List<boolean[]> gold,
      Map<String, Double> thresholds) {
    double sum = 0;
    for (int l = 0; l < labels.size(); l++) {
      sum += f1(scores, gold, l, thresholds.get(labels.get(l)));
    }
    return sum / labels.size();
  }

  private static double f1(List<float[]> scores, List<boolean[]> gold, int label, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < scores.size(); i++) {
      boolean p = scores.get(i)[label] >= threshold;
      boolean g = gold.get(i)[label];
      tp += p && g ? 1 : 0;
      fp += p && !g ? 1 : 0;
      fn += !p && g ? 1 : 0;
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
