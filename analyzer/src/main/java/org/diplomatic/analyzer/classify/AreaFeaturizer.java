package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Turns a text into a hashed, log-scaled, L2-normalized bag of word and character n-gram features; deterministic
 * ({@link String#hashCode} is fixed by the Java spec), so a saved model needs only its {@link FeaturizerConfig}.
 */
public final class AreaFeaturizer {
  private static final String[] PROCLITICS = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"};

  private final FeaturizerConfig config;
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final KeywordAreaBaseline keywords;

  public AreaFeaturizer(FeaturizerConfig config) {
    this.config = config;
    this.keywords = config.keywordFeatures() ? new KeywordAreaBaseline(1) : null;
  }

  public FeaturizerConfig config() {
    return config;
  }

  /** Sparse features: bucket -> weight. */
  public Map<Integer, Float> features(String text) {
    List<String> words = words(text);
    Map<Integer, Float> counts = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      add(counts, "w:" + w);
      String stem = stripProclitic(w);
      if (!stem.equals(w)) {
        add(counts, "w:" + stem);
      }
      if (config.wordBigrams() && i + 1 < words.size()) {
        add(counts, "b:" + stem + " " + stripProclitic(words.get(i + 1)));
      }
      String padded = "<" + stem + ">";
      for (int n = config.minCharN(); n <= config.maxCharN(); n++) {
        for (int k = 0; k + n <= padded.length(); k++) {
          add(counts, "c:" + padded.substring(k, k + n));
        }
      }
    }
    double norm = 0;
    for (Map.Entry<Integer, Float> e : counts.entrySet()) {
      float v = (float) Math.log1p(e.getValue());
      e.setValue(v);
      norm += v * v;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    counts.replaceAll((k, v) -> v * scale);
    return counts;
  }

  /** All inputs of one text that are not zero, keyword inputs included: input index -> value. */
  public Map<Integer, Float> sparse(String text) {
    Map<Integer, Float> inputs = features(text);
    if (keywords != null) {
      for (String area : keywords.sentenceAreas(text)) {
        inputs.put(config.dimensions() + Vocabulary.AREAS.indexOf(area), 1f);
      }
    }
    return inputs;
  }

  /** Dense features of one text, written into {@code row} (length = {@link FeaturizerConfig#inputSize()}). */
  public void fill(String text, float[] row) {
    for (Map.Entry<Integer, Float> e : features(text).entrySet()) {
      row[e.getKey()] = e.getValue();
    }
    if (keywords != null) {
      for (String area : keywords.sentenceAreas(text)) {
        row[config.dimensions() + Vocabulary.AREAS.indexOf(area)] = 1f;
      }
    }
  }

  private List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (Token t : tokenizer.tokenize(text, new Sentence(text, 0, text.length()))) {
      if (Character.isLetter(t.form().charAt(0))) {
        words.add(t.form());
      }
    }
    return words;
  }

  static String stripProclitic(String word) {
    for (String p : PROCLITICS) {
      if (word.startsWith(p) && word.length() - p.length() >= 3) {
        return word.substring(p.length());
      }
    }
    return word;
  }

  private void add(Map<Integer, Float> counts, String feature) {
    counts.merge(Math.floorMod(feature.hashCode(), config.dimensions()), 1f, Float::sum);
  }
}
