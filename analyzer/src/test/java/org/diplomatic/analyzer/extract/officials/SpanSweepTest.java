package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatic.analyzer.text.Span;
import org.junit.jupiter.api.Test;

class SpanSweepTest {
  @Test
  void answersOverlapAndCoverAsAllPairsWouldInTextOrderAndBackwards() {
    Random random = new Random(7);
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int start = random.nextInt(1000);
      spans.add(new Span(start, start + 1 + random.nextInt(30)));
    }
    SpanSweep overlapSweep = new SpanSweep(spans);
    SpanSweep coverSweep = new SpanSweep(spans);
    List<int[]> queries = new ArrayList<>();
    for (int q = 0; q < 1000; q += 1 + random.nextInt(5)) {
      queries.add(new int[] {q, q + 1 + random.nextInt(10)});
    }
    queries.add(new int[] {3, 9}); // a query going backwards restarts the sweep
    for (int[] q : queries) {
      Span s = new Span(q[0], q[1]);
      assertEquals(spans.stream().anyMatch(p -> p.overlaps(s)), overlapSweep.overlaps(q[0], q[1]), "overlaps " + s);
      assertEquals(spans.stream().anyMatch(p -> p.contains(s)), coverSweep.covers(q[0], q[1]), "covers " + s);
    }
  }

  @Test
  void findsNothingInNoSpans() {
    SpanSweep sweep = new SpanSweep(List.of());
    assertEquals(false, sweep.overlaps(0, 5));
    assertEquals(false, sweep.covers(0, 5));
  }
}
