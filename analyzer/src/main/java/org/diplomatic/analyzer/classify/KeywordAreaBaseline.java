package org.diplomatic.analyzer.classify;

import org.diplomatic.analyzer.text.BundledResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Baseline: a document has an area when at least {@code minSentences} of its sentences contain a keyword of that
 * area from {@code area-keywords.tsv}.
 */
public final class KeywordAreaBaseline implements DocumentAreaPredictor {
  private static final TextNormalizer FOLD = TextNormalizer.folding();

  private final Map<String, String> wordToArea = new HashMap<>();
  private final Map<String, String> phraseToArea = new HashMap<>();
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final int minSentences;

  public KeywordAreaBaseline(int minSentences) {
    this.minSentences = minSentences;
    try (InputStream in = KeywordAreaBaseline.class.getResourceAsStream("area-keywords.tsv")) {
      if (in == null) {
        throw BundledResource.missing("area-keywords.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 1; i < cols.length; i++) {
          String k = FOLD.apply(cols[i]);
          (k.contains(" ") ? phraseToArea : wordToArea).put(k.contains(" ") ? k : AreaFeaturizer.stripProclitic(k), cols[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read area-keywords.tsv", e);
    }
  }

  /** The areas whose keywords occur in one sentence. */
  public Set<String> sentenceAreas(String sentence) {
    return sentenceAreas(sentence, tokenizer.tokenize(sentence, new Sentence(sentence, 0, sentence.length())));
  }

  /** The areas whose keywords occur in one sentence, given its {@link WordTokenizer} tokens (to tokenize once). */
  Set<String> sentenceAreas(String sentence, List<Token> tokens) {
    Set<String> areas = new HashSet<>();
    String folded = FOLD.apply(sentence);
    for (Map.Entry<String, String> e : phraseToArea.entrySet()) {
      if (folded.contains(e.getKey())) {
        areas.add(e.getValue());
      }
    }
    for (Token t : tokens) {
      String area = wordToArea.get(AreaFeaturizer.stripProclitic(t.form()));
      if (area == null) {
        area = wordToArea.get(t.form());
      }
      if (area != null) {
        areas.add(area);
      }
    }
    return areas;
  }

  @Override
  public Set<String> predict(AreaDocument document) {
    Map<String, Integer> counts = new HashMap<>();
    for (String s : document.texts()) {
      sentenceAreas(s).forEach(a -> counts.merge(a, 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    counts.forEach((a, n) -> {
      if (n >= minSentences) {
        out.add(a);
      }
    });
    return Set.copyOf(out);
  }
}
