package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores texts with a trained {@link AreaModel}, document scores aggregated from the sentences. Inference runs as a
 * sparse forward pass in plain Java over the network's weights ({@link SparseForwardPass}); thread-safe.
 */
public final class AreaClassifier {
  private final AreaModel model;
  private final AreaFeaturizer featurizer;
  private final SparseForwardPass pass;
  private final KeywordAreaBaseline keywords = new KeywordAreaBaseline(1);
  // two sentences naming an area are as much keyword evidence as a blended score can hold
  private static final double KEYWORD_SATURATION = 2.0;

  public AreaClassifier(AreaModel model) {
    this.model = model;
    this.featurizer = new AreaFeaturizer(model.featurizer());
    this.pass = new SparseForwardPass(model.weights());
  }

  public List<String> labels() {
    return model.labels();
  }

  /** Raw scores, one row per text (each its own array, equal texts equal rows), columns in {@link #labels()} order. */
  public float[][] scores(List<String> texts) {
    if (texts.isEmpty()) {
      return new float[0][];
    }
    float[][] scores = new float[texts.size()][];
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      // a repeated text (a commitment's clause is often a whole sentence) is scored once
      Integer first = firstIndex.putIfAbsent(texts.get(i), i);
      scores[i] = first == null ? pass.score(featurizer.sparse(texts.get(i))) : scores[first].clone();
    }
    return scores;
  }

  /** The areas of one sentence (or clause) above their sentence thresholds, best first. */
  public List<Area> sentenceAreas(float[] scores) {
    return above(scores, model.sentenceThresholds());
  }

  /** Aggregates sentence scores into one document score per label. */
  public float[] documentScores(float[][] sentenceScores) {
    int n = model.labels().size();
    float[] doc = new float[n];
    for (int l = 0; l < n; l++) {
      float[] column = new float[sentenceScores.length];
      for (int s = 0; s < sentenceScores.length; s++) {
        column[s] = sentenceScores[s][l];
      }
      Arrays.sort(column);
      int k = column.length;
      doc[l] = switch (model.aggregation()) {
        case MAX -> k == 0 ? 0 : column[k - 1];
        case TOP2_MEAN -> k == 0 ? 0 : k == 1 ? column[0] : (column[k - 1] + column[k - 2]) / 2;
      };
    }
    return doc;
  }

  /** The document's areas above their shared document thresholds, best first. */
  public List<Area> documentAreas(float[] documentScores) {
    return above(documentScores, model.documentThresholds());
  }

  /**
   * The areas of a document of language {@code lang} given its sentences and their scores: those whose document score
   * (the network's, blended with the keyword count when the model weighs it) passes the language's document
   * threshold, best first; when there are none, the language's {@link AreaModel.Fallback}.
   */
  public List<Area> documentAreas(String lang, List<String> sentences, float[][] sentenceScores) {
    int[] keywordSentences = !model.keywordWeights().isEmpty() || model.fallback(lang).keywordBackstop()
        ? keywordSentences(sentences) : new int[model.labels().size()];
    return documentAreas(lang, blend(documentScores(sentenceScores), keywordSentences), keywordSentences);
  }

  /** {@link #documentAreas(String, List, float[][])} given the blended document scores and keyword counts. */
  List<Area> documentAreas(String lang, float[] doc, int[] keywordSentences) {
    List<Area> areas = above(doc, model.documentThresholds(lang));
    if (!areas.isEmpty() || doc.length == 0) {
      return areas;
    }
    AreaModel.Fallback fallback = model.fallback(lang);
    int best = 0;
    for (int l = 1; l < doc.length; l++) {
      best = doc[l] > doc[best] ? l : best;
    }
    if (doc[best] >= fallback.bestLabelFloor()) {
      return List.of(area(best, doc[best]));
    }
    if (fallback.keywordBackstop()) {
      int backstop = keywordBackstop(keywordSentences, doc);
      if (backstop >= 0) {
        return List.of(area(backstop, doc[backstop]));
      }
    }
    return areas;
  }

  /**
   * The network's document scores blended with the keyword evidence: per label (1 - w) * network + w * min(1, n / 2),
   * n the sentences holding a keyword of the label, w the model's weight for the label (0: unchanged).
   */
  float[] blend(float[] network, int[] keywordSentences) {
    if (model.keywordWeights().isEmpty()) {
      return network;
    }
    float[] doc = new float[network.length];
    for (int l = 0; l < doc.length; l++) {
      doc[l] = blend(network[l], keywordSentences[l], model.keywordWeight(model.labels().get(l)));
    }
    return doc;
  }

  static float blend(float network, int keywordSentences, double weight) {
    return (float) ((1 - weight) * network + weight * Math.min(1.0, keywordSentences / KEYWORD_SATURATION));
  }

  /** Per label, how many of the sentences hold one of its keywords ({@code area-keywords.tsv}). */
  int[] keywordSentences(List<String> sentences) {
    int[] counts = new int[model.labels().size()];
    for (String s : sentences) {
      for (String label : keywords.sentenceAreas(s)) {
        int l = model.labels().indexOf(label);
        if (l >= 0) {
          counts[l]++;
        }
      }
    }
    return counts;
  }

  /** Areas of a whole document given its sentence texts, without the language's fallback. */
  public List<Area> classifyDocument(List<String> sentences) {
    return documentAreas(documentScores(scores(sentences)));
  }

  /** Areas of a whole document of language {@code lang} given its sentence texts. */
  public List<Area> classifyDocument(String lang, List<String> sentences) {
    return documentAreas(lang, sentences, scores(sentences));
  }

  /** The label whose keywords occur in the most sentences, ties to the higher score; -1 when no keyword occurs. */
  private static int keywordBackstop(int[] counts, float[] doc) {
    int best = -1;
    for (int l = 0; l < doc.length; l++) {
      if (counts[l] > 0 && (best < 0 || counts[l] > counts[best] || counts[l] == counts[best] && doc[l] > doc[best])) {
        best = l;
      }
    }
    return best;
  }

  private Area area(int label, float score) {
    return new Area(model.labels().get(label), Math.round(score * 1000) / 1000.0);
  }

  private List<Area> above(float[] scores, Map<String, Double> thresholds) {
    List<Area> areas = new ArrayList<>();
    for (int l = 0; l < scores.length; l++) {
      String label = model.labels().get(l);
      if (scores[l] >= thresholds.getOrDefault(label, 0.5)) {
        areas.add(area(l, scores[l]));
      }
    }
    areas.sort(Comparator.comparingDouble(Area::score).reversed());
    return areas;
  }
}
