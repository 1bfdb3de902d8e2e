package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Turns a text into a hashed, log-scaled, L2-normalized bag of word and character n-gram features; deterministic
 * ({@link String#hashCode} is fixed by the Java spec), so a saved model needs only its {@link FeaturizerConfig}.
 * Features are words ({@code "w:" + word}, and {@code "w:" + stem} when a proclitic is stripped), bigrams
 * ({@code "b:" + stem + " " + nextStem}) and character n-grams of {@code "<" + stem + ">"} ({@code "c:" + gram});
 * their buckets are computed without building those strings ({@link FeatureBuckets}). Thread-safe.
 */
public final class AreaFeaturizer {
  private static final String[] PROCLITICS = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"};
  private static final int[] NO_INPUTS = {};

  private final FeaturizerConfig config;
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final KeywordAreaBaseline keywords;
  private final FeatureBuckets buckets;
  // one dense count array per thread: far cheaper than a HashMap<Integer, Float> per text
  private final ThreadLocal<FeatureCounts> counts;

  public AreaFeaturizer(FeaturizerConfig config) {
    this.config = config;
    this.keywords = config.keywordFeatures() ? new KeywordAreaBaseline(1) : null;
    this.buckets = new FeatureBuckets(config.dimensions());
    this.counts = ThreadLocal.withInitial(() -> new FeatureCounts(config.dimensions()));
  }

  public FeaturizerConfig config() {
    return config;
  }

  /** The hashed features alone (no keyword inputs): buckets and their weights. */
  public SparseVector features(String text) {
    return count(words(tokens(text))).drain(NO_INPUTS);
  }

  /** All inputs of one text that are not zero, keyword inputs included: input indices and their values. */
  public SparseVector sparse(String text) {
    List<Token> tokens = tokens(text);
    int[] keywordInputs = keywordInputs(text, tokens);
    return count(words(tokens)).drain(keywordInputs);
  }

  /** Dense features of one text, written into {@code row} (length = {@link FeaturizerConfig#inputSize()}). */
  public void fill(String text, float[] row) {
    SparseVector inputs = sparse(text);
    for (int i = 0; i < inputs.size(); i++) {
      row[inputs.indices()[i]] = inputs.values()[i];
    }
  }

  private FeatureCounts count(List<String> words) {
    FeatureCounts c = counts.get();
    c.clear();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int stem = procliticLength(w);
      c.add(buckets.word(w, 0));
      if (stem > 0) {
        c.add(buckets.word(w, stem));
      }
      if (config.wordBigrams() && i + 1 < words.size()) {
        String next = words.get(i + 1);
        c.add(buckets.bigram(w, stem, next, procliticLength(next)));
      }
      int padded = w.length() - stem + 2;
      for (int n = config.minCharN(); n <= config.maxCharN(); n++) {
        for (int k = 0; k + n <= padded; k++) {
          c.add(buckets.charGram(w, stem, k, n));
        }
      }
    }
    return c;
  }

  private int[] keywordInputs(String text, List<Token> tokens) {
    if (keywords == null) {
      return NO_INPUTS;
    }
    Set<String> areas = keywords.sentenceAreas(text, tokens);
    int[] inputs = new int[areas.size()];
    int i = 0;
    for (String area : areas) {
      inputs[i++] = config.dimensions() + Vocabulary.AREAS.indexOf(area);
    }
    return inputs;
  }

  private List<Token> tokens(String text) {
    return tokenizer.tokenize(text, new Sentence(text, 0, text.length()));
  }

  private static List<String> words(List<Token> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (Character.isLetter(t.form().charAt(0))) {
        words.add(t.form());
      }
    }
    return words;
  }

  static String stripProclitic(String word) {
    int length = procliticLength(word);
    return length == 0 ? word : word.substring(length);
  }

  /** The length of the proclitic to strip from {@code word} (0 for none): one that leaves at least 3 letters. */
  static int procliticLength(String word) {
    for (String p : PROCLITICS) {
      if (word.startsWith(p) && word.length() - p.length() >= 3) {
        return p.length();
      }
    }
    return 0;
  }
}
