package org.diplomatic.analyzer.text;

/**
 * A token: {@code text} is the surface form as in the document, {@code form} its normalized, clitic-free form used
 * for matching; offsets point into the original text (a clitic split off a word shares the word's characters).
 */
public record Token(String text, String form, int start, int end) {
  public Span span() {
    return new Span(start, end);
  }
}
