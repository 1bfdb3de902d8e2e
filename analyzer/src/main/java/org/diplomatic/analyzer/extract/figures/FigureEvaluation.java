package org.diplomatic.analyzer.extract.figures;

import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.FMeasure;

/**
 * Scores of the figure extractor per language code ("ar", "fa"): {@code exact} needs the same offsets, the same
 * value or min/max (relative 1e-6) and the same unit; {@code overlap} only overlapping spans. {@code errors} lists
 * missed and spurious figures, one line each, for inspection.
 */
public record FigureEvaluation(Map<String, FMeasure> exact, Map<String, FMeasure> overlap, List<String> errors) {

  /** One line per language and measure. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    for (String lang : exact.keySet()) {
      sb.append(String.format("figures %s exact   %s%n", lang, exact.get(lang)));
      sb.append(String.format("figures %s overlap %s%n", lang, overlap.get(lang)));
    }
    return sb.toString();
  }
}
