package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks, on dev documents, the per-label score threshold that maximizes F1 (sentences and documents separately)
 * and the document aggregation with the best macro-F1. Labels absent from dev keep 0.5.
 */
final class ThresholdTuner {
  private static final double[] CANDIDATES = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
      0.75, 0.8, 0.85, 0.9};

  private final AreaClassifier scorer;

  ThresholdTuner(AreaClassifier scorer) {
    this.scorer = scorer;
  }

  AreaModel tune(AreaModel model, List<AreaDocument> dev) {
    List<float[][]> sentenceScores = new ArrayList<>();
    List<boolean[]> sentenceGold = new ArrayList<>();
    List<float[]> sentenceFlat = new ArrayList<>();
    for (AreaDocument d : dev) {
      float[][] s = scorer.scores(d.texts());
      sentenceScores.add(s);
      for (int i = 0; i < s.length; i++) {
        sentenceFlat.add(s[i]);
        sentenceGold.add(gold(model.labels(), d.sentences().get(i).labels()));
      }
    }
    Map<String, Double> sentenceThresholds = best(model.labels(), sentenceFlat, sentenceGold);
    AreaModel bestModel = null;
    double bestMacro = -1;
    for (AreaModel.Aggregation aggregation : AreaModel.Aggregation.values()) {
      AreaModel withAggregation = new AreaModel(model.network(), model.featurizer(), model.labels(),
          sentenceThresholds, model.documentThresholds(), aggregation);
      AreaClassifier c = new AreaClassifier(withAggregation);
      List<float[]> docScores = new ArrayList<>();
      List<boolean[]> docGold = new ArrayList<>();
      for (int k = 0; k < dev.size(); k++) {
        docScores.add(c.documentScores(sentenceScores.get(k)));
        docGold.add(gold(model.labels(), dev.get(k).labels()));
      }
      Map<String, Double> docThresholds = best(model.labels(), docScores, docGold);
      double macro = macroF1(model.labels(), docScores, docGold, docThresholds);
      if (macro > bestMacro) {
        bestMacro = macro;
        bestModel = new AreaModel(model.network(), model.featurizer(), model.labels(), sentenceThresholds,
            docThresholds, aggregation);
      }
    }
    return bestModel;
  }

  private static boolean[] gold(List<String> labels, java.util.Set<String> set) {
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
