package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSimilarityTest {
  private static final StatementReader READER = new StatementReader(new DocumentParties());

  private static Statement withWordsOf(String id, String text) {
    return new Statement(id, id, "ar", "2023-01-01", "c0", 0, text.length(), text, "intent", null, null, null,
        List.of("transport"), List.of("IR", "QA"), List.of(), READER.terms(text));
  }

  @Test
  void readsAJoinedPrepositionOffAWordThatAnotherStatementHasWithoutIt() {
    Statement resumed = withWordsOf("a", "استئناف عمل اللجنة المعنية بدراسة جدوى الجسر البري مع برنامج زمني");
    Statement studied = withWordsOf("b", "دراسة جدوى الجسر البري بين بوشهر والدوحة");
    ContentSimilarity similarity = new ContentSimilarity();
    similarity.weigh(List.of(resumed, studied));
    assertEquals(List.of("استئناف", "لجن", "معن", "دراس", "جدو", "جسر", "بري", "برنامج", "زمن"),
        List.copyOf(similarity.termsOf(resumed)));
  }
}
