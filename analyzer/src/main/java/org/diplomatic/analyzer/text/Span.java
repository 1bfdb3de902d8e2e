package org.diplomatic.analyzer.text;

/** A half-open range [start, end) of UTF-16 indices into the original document text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered part of {@code text}. */
  public String in(String text) {
    return text.substring(start, end);
  }
}
