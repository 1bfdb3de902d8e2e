package org.diplomatic.analyzer.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.Tokenizer;

/** A tokenizer built on first use, so a run that never asks for tokens never loads the segmenter's model (~1.5 s). */
final class LazyTokenizer implements Tokenizer {
  private final Supplier<Tokenizer> factory;
  private volatile Tokenizer tokenizer;

  LazyTokenizer(Supplier<Tokenizer> factory) {
    this.factory = factory;
  }

  @Override
  public List<Token> tokenize(String text, Sentence sentence) {
    Tokenizer t = tokenizer;
    if (t == null) {
      synchronized (this) {
        if (tokenizer == null) {
          tokenizer = factory.get();
        }
        t = tokenizer;
      }
    }
    return t.tokenize(text, sentence);
  }
}
