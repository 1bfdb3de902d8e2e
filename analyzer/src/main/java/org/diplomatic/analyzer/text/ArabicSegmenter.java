package org.diplomatic.analyzer.text;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Arabic tokens through Stanford CoreNLP's Arabic segmenter (ATB clitics: و+ ب+ ل+ س+ and pronoun suffixes split
 * off), with offsets mapped back to the document. The only class that sees CoreNLP's types. The model loads once
 * per instance (about 1 s); each thread segments with its own lightweight copy sharing the classifier.
 */
public final class ArabicSegmenter implements Tokenizer {
  static final String MODEL =
      "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";

  private final ThreadLocal<edu.stanford.nlp.international.arabic.process.ArabicSegmenter> perThread;
  private final TextNormalizer normalizer = TextNormalizer.folding();

  public ArabicSegmenter() {
    Properties props = new Properties();
    props.setProperty("loadClassifier", MODEL);
    var shared = new edu.stanford.nlp.international.arabic.process.ArabicSegmenter(props);
    shared.loadSegmenter(MODEL, props);
    perThread = ThreadLocal.withInitial(() -> new edu.stanford.nlp.international.arabic.process.ArabicSegmenter(shared));
  }

  @Override
  public List<Token> tokenize(String text, Sentence sentence) {
    List<CoreLabel> labels = perThread.get().segmentStringToTokenList(sentence.text());
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      int start = sentence.start() + label.beginPosition();
      int end = sentence.start() + label.endPosition();
      String surface = text.substring(start, end);
      tokens.add(new Token(surface, normalizer.apply(label.word()), start, end));
    }
    return tokens;
  }
}
