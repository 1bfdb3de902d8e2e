package org.diplomatic.analyzer.classify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.eval.FMeasure;

/** Per-label precision/recall/F1 of multi-label predictions, with micro and macro averages. */
public final class LabelScores {
  private final Map<String, FMeasure> perLabel = new LinkedHashMap<>();

  public LabelScores() {
    Vocabulary.AREAS.forEach(a -> perLabel.put(a, new FMeasure()));
  }

  public void add(Set<String> gold, Set<String> predicted) {
    for (Map.Entry<String, FMeasure> e : perLabel.entrySet()) {
      boolean g = gold.contains(e.getKey());
      boolean p = predicted.contains(e.getKey());
      e.getValue().add(g && p ? 1 : 0, !g && p ? 1 : 0, g && !p ? 1 : 0);
    }
  }

  public Map<String, FMeasure> perLabel() {
    return perLabel;
  }

  public double microF1() {
    FMeasure all = new FMeasure();
    perLabel.values().forEach(all::add);
    return all.f1();
  }

  /** Mean F1 over the labels that occur in the gold data or the predictions. */
  public double macroF1() {
    return perLabel.values().stream()
        .filter(f -> f.truePositives() + f.falseNegatives() + f.falsePositives() > 0)
        .mapToDouble(FMeasure::f1)
        .average()
        .orElse(0);
  }
}
