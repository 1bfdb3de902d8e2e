package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplomatic.analyzer.classify.AreaModel.Aggregation;
import org.junit.jupiter.api.Test;

class DocumentAggregationTest {
  private static final float EPS = 1e-6f;

  @Test
  void leadTop2KeepsTheHeadlineAndTheFirstThreeSentences() {
    assertEquals(0.7f, Aggregation.LEAD_TOP2.aggregate(new float[] {0.8f, 0.1f, 0.2f, 0.6f, 0.3f}), EPS);
  }

  @Test
  void leadTop2DiscountsASentenceAfterTheLead() {
    // the fifth sentence's 0.9 counts as 0.63, so the mean is (0.63 + 0.4) / 2
    assertEquals(0.515f, Aggregation.LEAD_TOP2.aggregate(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.9f}), EPS);
  }

  @Test
  void leadTop2LowersAnAreaMentionedOnlyAfterTheLead() {
    assertEquals(0.63f, Aggregation.LEAD_TOP2.aggregate(new float[] {0f, 0f, 0f, 0f, 0.9f, 0.9f}), EPS);
    assertEquals(0.9f, Aggregation.TOP2_MEAN.aggregate(new float[] {0f, 0f, 0f, 0f, 0.9f, 0.9f}), EPS);
  }

  @Test
  void top2MeanOfModelsSavedBeforeTheLeadIsUnchanged() {
    assertEquals(0.65f, Aggregation.TOP2_MEAN.aggregate(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.9f}), EPS);
  }

  @Test
  void maxIsTheBestSentence() {
    assertEquals(0.9f, Aggregation.MAX.aggregate(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.9f}), EPS);
  }

  @Test
  void oneSentenceIsItsOwnScoreAndNoSentenceIsZero() {
    for (Aggregation a : Aggregation.values()) {
      assertEquals(0.4f, a.aggregate(new float[] {0.4f}), EPS, a.name());
      assertEquals(0f, a.aggregate(new float[0]), EPS, a.name());
    }
  }

  @Test
  void aggregateLeavesTheSentenceScoresAsTheyWere() {
    float[] scores = {0.1f, 0.2f, 0.3f, 0.4f, 0.9f};
    Aggregation.LEAD_TOP2.aggregate(scores);
    assertEquals(0.9f, scores[4], 0f);
    assertEquals(0.1f, scores[0], 0f);
  }
}
