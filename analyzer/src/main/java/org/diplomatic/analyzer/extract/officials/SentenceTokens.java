package org.diplomatic.analyzer.extract.officials;

import java.util.List;
import org.diplomatic.analyzer.text.Token;

/** The tokens of one sentence with their folded forms and which of them the name finder marked as a person. */
record SentenceTokens(String text, List<Token> tokens, List<String> folded, boolean[] person) {
  int size() {
    return tokens.size();
  }

  String folded(int i) {
    return folded.get(i);
  }

  boolean isWord(int i) {
    String t = tokens.get(i).text();
    return Character.isLetter(t.charAt(0));
  }

  /** True when the word as written starts with the Arabic article (also after a glued و or ل: وال، لل). */
  boolean hasArticle(int i) {
    String t = tokens.get(i).text();
    return t.startsWith("ال") || t.startsWith("وال") || t.startsWith("لل");
  }

  boolean isPunctuation(int i) {
    return !Character.isLetterOrDigit(tokens.get(i).text().charAt(0));
  }

  /** The original text from token {@code from} to token {@code to} (exclusive). */
  String slice(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  int start(int i) {
    return tokens.get(i).start();
  }

  int end(int i) {
    return tokens.get(i).end();
  }
}
