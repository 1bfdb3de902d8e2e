package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomatic.analyzer.text.Span;

/**
 * Spans sorted by start, asked about ranges in text order: one pass over the spans for the whole document instead
 * of one per question (a query going backwards restarts the pass, so it stays right, only slower).
 */
final class SpanSweep {
  private final List<Span> spans;
  private int next;
  private int maxEnd = -1;
  private int lastBound = Integer.MIN_VALUE;

  SpanSweep(List<Span> spans) {
    this.spans = new ArrayList<>(spans);
    this.spans.sort(Comparator.comparingInt(Span::start));
  }

  /** True when some span overlaps {@code [start, end)}. */
  boolean overlaps(int start, int end) {
    return maxEndStartingBefore(end) > start;
  }

  /** True when some span contains {@code [start, end)}. */
  boolean covers(int start, int end) {
    return maxEndStartingBefore(start + 1) >= end;
  }

  /** The largest end among the spans that start before {@code bound}; -1 if none. */
  private int maxEndStartingBefore(int bound) {
    if (bound < lastBound) {
      next = 0;
      maxEnd = -1;
    }
    lastBound = bound;
    while (next < spans.size() && spans.get(next).start() < bound) {
      maxEnd = Math.max(maxEnd, spans.get(next).end());
      next++;
    }
    return maxEnd;
  }
}
