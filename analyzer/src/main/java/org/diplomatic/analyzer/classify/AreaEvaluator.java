package org.diplomatic.analyzer.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomatic.analyzer.eval.FMeasure;

/**
 * Scores document-level area predictions (the network and the baselines) on held-out documents, per language:
 * per-label P/R/F1, micro-F1 and macro-F1; and the network's sentence-level scores.
 */
public final class AreaEvaluator {

  /** Scores of one predictor on one language. */
  public record Result(String predictor, String lang, LabelScores scores) {}

  public static LabelScores documents(DocumentAreaPredictor predictor, List<AreaDocument> docs) {
    LabelScores scores = new LabelScores();
    for (AreaDocument d : docs) {
      scores.add(d.labels(), predictor.predict(d));
    }
    return scores;
  }

  public static LabelScores sentences(AreaClassifier classifier, List<AreaDocument> docs) {
    LabelScores scores = new LabelScores();
    for (AreaDocument d : docs) {
      float[][] s = classifier.scores(d.texts());
      for (int i = 0; i < s.length; i++) {
        Set<String> predicted =
            classifier.sentenceAreas(s[i]).stream().map(Area::label).collect(Collectors.toSet());
        scores.add(d.sentences().get(i).labels(), predicted);
      }
    }
    return scores;
  }

  /** Runs every predictor on the documents of each language. */
  public static List<Result> compare(Map<String, DocumentAreaPredictor> predictors, List<AreaDocument> docs) {
    Map<String, List<AreaDocument>> byLang =
        docs.stream().collect(Collectors.groupingBy(AreaDocument::lang, LinkedHashMap::new, Collectors.toList()));
    List<Result> results = new java.util.ArrayList<>();
    for (Map.Entry<String, List<AreaDocument>> lang : byLang.entrySet()) {
      for (Map.Entry<String, DocumentAreaPredictor> p : predictors.entrySet()) {
        results.add(new Result(p.getKey(), lang.getKey(), documents(p.getValue(), lang.getValue())));
      }
    }
    return results;
  }

  /** A printable table: one line per predictor and language, then per-label F1. */
  public static String format(List<Result> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-10s %-4s %8s %8s%n", "predictor", "lang", "micro-F1", "macro-F1"));
    for (Result r : results) {
      sb.append(String.format("%-10s %-4s %8.3f %8.3f%n", r.predictor(), r.lang(), r.scores().microF1(),
          r.scores().macroF1()));
    }
    for (Result r : results) {
      sb.append(String.format("%n%s / %s per label:%n", r.predictor(), r.lang()));
      for (Map.Entry<String, FMeasure> e : r.scores().perLabel().entrySet()) {
        FMeasure f = e.getValue();
        sb.append(String.format("  %-20s P=%.3f R=%.3f F1=%.3f (gold %d)%n", e.getKey(), f.precision(), f.recall(),
            f.f1(), f.truePositives() + f.falseNegatives()));
      }
    }
    return sb.toString();
  }
}
