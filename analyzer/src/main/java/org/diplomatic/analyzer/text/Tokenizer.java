package org.diplomatic.analyzer.text;

import java.util.List;

/** Splits one sentence of a document into tokens whose offsets point into the document text. */
public interface Tokenizer {
  List<Token> tokenize(String text, Sentence sentence);
}
