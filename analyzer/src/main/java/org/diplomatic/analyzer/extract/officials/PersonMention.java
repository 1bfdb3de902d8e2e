package org.diplomatic.analyzer.extract.officials;

import org.diplomatic.analyzer.text.Span;

/** One person-name mention as found in the text (name only, no title or honorific) and its offsets. */
public record PersonMention(String name, int start, int end) {
  public Span span() {
    return new Span(start, end);
  }
}
