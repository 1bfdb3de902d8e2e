package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BatchProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void noEstimateFromTheFirstDocumentAloneHoweverSlowItWas() {
    assertEquals(OptionalLong.empty(), BatchProgress.remainingSeconds(1, 300, 3 * SECOND));
  }

  @Test
  void noEstimateUntilTwoPercentOfTheBatchIsDoneAfterTheFirst() {
    assertEquals(OptionalLong.empty(), BatchProgress.remainingSeconds(6, 300, 2 * SECOND));
    assertEquals(OptionalLong.of(98), BatchProgress.remainingSeconds(7, 300, 2 * SECOND));
  }

  @Test
  void smallBatchesWaitForFiveDocumentsAfterTheFirst() {
    assertEquals(OptionalLong.empty(), BatchProgress.remainingSeconds(5, 20, 2 * SECOND));
    assertEquals(OptionalLong.of(6), BatchProgress.remainingSeconds(6, 20, 2 * SECOND));
  }

  @Test
  void noEstimateWithinTheFirstSecond() {
    assertEquals(OptionalLong.empty(), BatchProgress.remainingSeconds(50, 100, SECOND / 2));
  }

  @Test
  void fifteenSecondJobDoesNotStartWithAFifteenMinuteEstimate() {
    // 300 documents at 25/s after a 3 s model load: the first one took 3 s, the others 0.04 s each.
    assertEquals(OptionalLong.of(6), BatchProgress.remainingSeconds(150, 300, 149 * 40_000_000L));
  }

  @Test
  void lineSaysWhenItIsStillEstimating() {
    assertEquals("analyzer: 3/300 documents, estimating time left",
        BatchProgress.line(3, 300, OptionalLong.empty()));
    assertEquals("analyzer: 150/300 documents, ETA 7s", BatchProgress.line(150, 300, OptionalLong.of(7)));
  }
}
