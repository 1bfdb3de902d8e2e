package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairScorerTest {
  private static PairFeatures pair(double content, boolean sameFigure, boolean sameDeadline) {
    return new PairFeatures(content, sameFigure, false, sameDeadline, false, false, false);
  }

  @Test
  void rulesAddTheSettingsToContentSimilarity() {
    PairScorer rules = PairScorer.rules(LinkerSettings.defaults());
    assertEquals(0.5, rules.score(pair(0.2, true, false)), 1e-9);
    assertEquals(0.6, rules.score(pair(0.2, false, true)), 1e-9);
    assertEquals(0.4, rules.threshold());
  }

  @Test
  void trainedScorerJoinsWhatItsExamplesJoined() {
    PairScorerTrainer trainer = new PairScorerTrainer();
    for (int i = 0; i < 20; i++) {
      trainer.add(pair(0.5 + i * 0.02, i % 2 == 0, false), true);
      trainer.add(pair(0.02 + i * 0.005, false, i % 3 == 0), false);
    }
    LogisticPairScorer scorer = trainer.fit();
    assertTrue(scorer.score(pair(0.7, false, false)) > scorer.threshold());
    assertTrue(scorer.score(pair(0.05, false, false)) < scorer.threshold());
    assertEquals(40, trainer.size());
    assertEquals(20, trainer.positives());
  }

  @Test
  void savedScorerReadsBackWithItsWeights(@TempDir Path models) {
    LogisticPairScorer scorer = new LogisticPairScorer(-3.25, new double[] {5, 3.5, 1, 1, 0.25, 0, 1.5});
    scorer.save(models, List.of("a test"));
    LogisticPairScorer read = LogisticPairScorer.load(models).orElseThrow();
    assertEquals(-3.25, read.bias());
    assertArrayEquals(scorer.weights(), read.weights());
  }

  @Test
  void modelsWithoutAScorerLinkByTheRules(@TempDir Path models) {
    assertEquals(0.4, PairScorer.of(models, LinkerSettings.defaults()).threshold());
  }
}
