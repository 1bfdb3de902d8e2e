package org.diplomatic.analyzer.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.text.Span;
import org.junit.jupiter.api.Test;

class MentionIndexTest {
  private static final Official HASHEMI =
      new Official("ستار هاشمي", "وزير الاتصالات", null, "IR", List.of(new Span(10, 20), new Span(100, 105)));
  private static final Official ABDULLAH =
      new Official("نصير عبد الله", "السفير العراقي", null, "IQ", List.of(new Span(40, 53), new Span(70, 75)));

  @Test
  void findsTheLatestMentionEndingBeforeAPosition() {
    MentionIndex index = new MentionIndex(List.of(HASHEMI, ABDULLAH), List.of());
    assertNull(index.lastBefore(19));
    assertEquals(HASHEMI, index.lastBefore(20));
    assertEquals(ABDULLAH, index.lastBefore(99));
    assertEquals(HASHEMI, index.lastBefore(500));
  }

  @Test
  void skipsMentionsInsideQuotes() {
    MentionIndex index = new MentionIndex(List.of(HASHEMI, ABDULLAH), List.of(new Span(60, 80), new Span(90, 110)));
    assertEquals(ABDULLAH, index.lastBefore(99));
    assertEquals(ABDULLAH, index.lastBefore(500));
  }

  @Test
  void findsTheFirstMentionInsideAWindow() {
    MentionIndex index = new MentionIndex(List.of(HASHEMI, ABDULLAH), List.of());
    assertEquals(ABDULLAH, index.firstIn(new Span(15, 80)));
    assertEquals(HASHEMI, index.firstIn(new Span(0, 80)));
    assertNull(index.firstIn(new Span(41, 69)));
  }

  @Test
  void mapsANameWordToItsOnlyOfficial() {
    Official other = new Official("ستار كريم", null, null, null, List.of());
    MentionIndex index = new MentionIndex(List.of(HASHEMI, ABDULLAH, other), List.of());
    assertEquals(HASHEMI, index.byNameWord("هاشمي"));
    assertNull(index.byNameWord("ستار"));
  }
}
