package org.diplomatic.analyzer.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.diplomatic.analyzer.eval.FMeasure;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;

/**
 * Runs a {@link FigureExtractor} on gold documents, fed the gold sentences so the score does not depend on the
 * sentence splitter, and counts exact and overlap matches per language.
 */
public final class FigureEvaluator {
  private static final double TOLERANCE = 1e-6;

  private FigureEvaluator() {}

  public static FigureEvaluation evaluate(FigureExtractor extractor, List<GoldDocument> documents) {
    Map<String, FMeasure> exact = new TreeMap<>();
    Map<String, FMeasure> overlap = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (GoldDocument doc : documents) {
      List<Sentence> sentences = new ArrayList<>();
      for (GoldDocument.GoldSentence s : doc.sentences()) {
        sentences.add(new Sentence(s.text(), s.start(), s.end()));
      }
      List<Figure> found = extractor.extract(doc.text(), sentences, Language.fromCode(doc.lang()));
      exact.computeIfAbsent(doc.lang(), k -> new FMeasure()).add(count(doc, found, true, errors));
      overlap.computeIfAbsent(doc.lang(), k -> new FMeasure()).add(count(doc, found, false, null));
    }
    return new FigureEvaluation(exact, overlap, List.copyOf(errors));
  }

  private static FMeasure count(GoldDocument doc, List<Figure> found, boolean exact, List<String> errors) {
    boolean[] used = new boolean[found.size()];
    long tp = 0;
    List<GoldDocument.GoldFigure> missed = new ArrayList<>();
    for (GoldDocument.GoldFigure g : doc.figures()) {
      int hit = -1;
      for (int i = 0; i < found.size() && hit < 0; i++) {
        if (!used[i] && (exact ? sameFigure(g, found.get(i)) : overlaps(g, found.get(i)))) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        tp++;
      } else {
        missed.add(g);
      }
    }
    long fp = 0;
    for (int i = 0; i < found.size(); i++) {
      if (!used[i]) {
        fp++;
        if (errors != null) {
          Figure f = found.get(i);
          errors.add(String.format("%s spurious [%s] %s %s %s %s | %s", doc.id(), f.text(), f.value(), f.min(),
              f.max(), f.unit(), around(doc.text(), f.start(), f.end())));
        }
      }
    }
    if (errors != null) {
      for (GoldDocument.GoldFigure g : missed) {
        errors.add(String.format("%s missed   [%s] %s %s %s %s | %s", doc.id(), g.text(), g.value(), g.min(),
            g.max(), g.unit(), around(doc.text(), g.start(), g.end())));
      }
    }
    FMeasure m = new FMeasure();
    m.add(tp, fp, missed.size());
    return m;
  }

  private static String around(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 30), start);
    String after = text.substring(end, Math.min(text.length(), end + 30));
    return (before + "[" + text.substring(start, end) + "]" + after).replace('\n', ' ');
  }

  static boolean sameFigure(GoldDocument.GoldFigure g, Figure f) {
    return g.start() == f.start() && g.end() == f.end() && close(g.value(), f.value()) && close(g.min(), f.min())
        && close(g.max(), f.max()) && Objects.equals(g.unit(), f.unit());
  }

  private static boolean overlaps(GoldDocument.GoldFigure g, Figure f) {
    return g.start() < f.end() && f.start() < g.end();
  }

  static boolean close(Double expected, Double actual) {
    if (expected == null || actual == null) {
      return expected == null && actual == null;
    }
    double scale = Math.max(Math.abs(expected), Math.abs(actual));
    return Math.abs(expected - actual) <= TOLERANCE * Math.max(scale, 1e-9) || expected.equals(actual);
  }
}
