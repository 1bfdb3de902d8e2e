package org.diplomatic.analyzer.text;

/**
 * A normalized copy of an original text with the map back: {@code originalStart[i]} and {@code originalEnd[i]} are
 * the original offsets of the characters that produced normalized character {@code i}.
 */
public record NormalizedText(String original, String normalized, int[] originalStart, int[] originalEnd) {

  /** Maps a half-open span of the normalized text back to the original text. */
  public Span toOriginal(int start, int end) {
    if (start == end) {
      int at = start < originalStart.length ? originalStart[start] : original.length();
      return new Span(at, at);
    }
    return new Span(originalStart[start], originalEnd[end - 1]);
  }
}
