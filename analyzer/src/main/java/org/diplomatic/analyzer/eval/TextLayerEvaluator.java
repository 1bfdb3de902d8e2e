package org.diplomatic.analyzer.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.text.LanguageDetector;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;

/**
 * Scores the text layer on gold documents, per language: language identification accuracy on whole documents and
 * on single sentences (the short-text case), and sentence splitting P/R/F1 (a sentence counts when both its offsets
 * equal a gold sentence's).
 */
public final class TextLayerEvaluator {

  /** The scores of one language. */
  public record Scores(int docs, int docsRight, int sentences, int sentencesRight, FMeasure splitting) {
    public double documentAccuracy() {
      return docs == 0 ? 0 : (double) docsRight / docs;
    }

    public double sentenceAccuracy() {
      return sentences == 0 ? 0 : (double) sentencesRight / sentences;
    }

    @Override
    public String toString() {
      return String.format("language id: documents %.3f (%d/%d), single sentences %.3f (%d/%d) | sentences %s",
          documentAccuracy(), docsRight, docs, sentenceAccuracy(), sentencesRight, sentences, splitting);
    }
  }

  public static Map<String, Scores> evaluate(List<GoldDocument> docs) {
    LanguageDetector detector = new LanguageDetector();
    SentenceSplitter splitter = new SentenceSplitter();
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, FMeasure> splits = new LinkedHashMap<>();
    for (GoldDocument d : docs) {
      int[] c = counts.computeIfAbsent(d.lang(), k -> new int[4]);
      c[0]++;
      c[1] += detector.detect(d.text()).code().equals(d.lang()) ? 1 : 0;
      for (GoldDocument.GoldSentence s : d.sentences()) {
        c[2]++;
        c[3] += detector.detect(s.text()).code().equals(d.lang()) ? 1 : 0;
      }
      Set<String> gold = new HashSet<>();
      d.sentences().forEach(s -> gold.add(s.start() + ":" + s.end()));
      List<Sentence> predicted = splitter.split(d.text());
      int tp = 0;
      for (Sentence s : predicted) {
        tp += gold.contains(s.start() + ":" + s.end()) ? 1 : 0;
      }
      splits.computeIfAbsent(d.lang(), k -> new FMeasure()).add(tp, predicted.size() - tp, gold.size() - tp);
    }
    Map<String, Scores> out = new LinkedHashMap<>();
    counts.forEach((lang, c) -> out.put(lang, new Scores(c[0], c[1], c[2], c[3], splits.get(lang))));
    return out;
  }
}
