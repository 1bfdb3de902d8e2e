package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentSimilarityTest {
  private static final ContentSimilarity SIMILARITY = new ContentSimilarity(LedgerDocuments.WEIGHTS);

  @Test
  void readsAJoinedPrepositionOffAWordThatPublishedNewsWritesWithoutIt() {
    assertEquals("دراس", SIMILARITY.withoutJoinedPreposition("بدراس"));
    assertEquals("رفع", SIMILARITY.withoutJoinedPreposition("برفع"));
  }

  @Test
  void keepsAWordThatStartsWithTheLetterOfAPreposition() {
    assertEquals("برنامج", SIMILARITY.withoutJoinedPreposition("برنامج"));
    assertEquals("كهرباء", SIMILARITY.withoutJoinedPreposition("كهرباء"));
    assertEquals("مشروع", SIMILARITY.withoutJoinedPreposition("مشروع"));
  }

  @Test
  void givesBackTheLamThatTheStrippingOfLamLamCut() {
    assertEquals("لجن", SIMILARITY.withoutJoinedPreposition("جنه"));
  }
}
