package org.diplomatic.analyzer.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.Tokenizer;

/**
 * A document's tokens per sentence, computed on first use: no stage of the pipeline reads the CoreNLP segmentation
 * today (each extractor tokenizes for its own needs), so a batch pays for it only when a caller asks. Thread-safe.
 */
public final class Segmentation {
  private final String text;
  private final List<Sentence> sentences;
  private final Tokenizer tokenizer;
  private List<List<Token>> tokens;

  Segmentation(String text, List<Sentence> sentences, Tokenizer tokenizer) {
    this.text = text;
    this.sentences = sentences;
    this.tokenizer = tokenizer;
  }

  /** The tokens of each sentence, in sentence order. */
  public synchronized List<List<Token>> tokens() {
    if (tokens == null) {
      List<List<Token>> all = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        all.add(tokenizer.tokenize(text, s));
      }
      tokens = List.copyOf(all);
    }
    return tokens;
  }
}
