package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
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

  private static Statement statement(String lang, String text) {
    return new Statement("d", "d", lang, "2025-01-01", "c0", 0, text.length(), text, "agreement", null, null, null,
        List.of(), List.of(), List.of(), new ContentTerms().of(text, Set.of()));
  }

  @Test
  void aRareNameWrittenInTheOtherScriptIsSharedByItsSounds() {
    Statement persian = statement("fa", "پایانه کانتینری چابهار");
    assertTrue(SIMILARITY.sharesAnObject(persian, statement("ar", "تطوير تشابهار")));
    assertFalse(SIMILARITY.sharesAnObject(persian, statement("ar", "تطوير زاهدان")));
  }
}
