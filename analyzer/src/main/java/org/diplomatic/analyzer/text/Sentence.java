package org.diplomatic.analyzer.text;

/** One sentence: its text exactly as in the document and its offsets there. */
public record Sentence(String text, int start, int end) {
  public Span span() {
    return new Span(start, end);
  }
}
