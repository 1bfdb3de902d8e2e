package org.diplomatic.analyzer.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterEvaluationTest {
  @Test
  void scoresPairsAndBcubedAgainstTheGoldClusters() {
    // gold: {a, b, c} {d}; predicted: {a, b} {c, d}
    ClusterEvaluation.Scores s =
        ClusterEvaluation.scores("t", 2, new String[] {"x", "x", "x", "y"}, new int[] {0, 0, 1, 1});
    assertEquals(1, s.pairs().truePositives());
    assertEquals(1, s.pairs().falsePositives());
    assertEquals(2, s.pairs().falseNegatives());
    assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.bcubedPrecision(), 1e-9);
    assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, s.bcubedRecall(), 1e-9);
    assertEquals(2, s.goldPeople());
    assertEquals(2, s.people());
  }

  @Test
  void groupsSpellingsOfOnePersonFromTheirRows() {
    List<ClusterEvaluation.Row> rows = List.of(
        new ClusterEvaluation.Row("ar-1", "عادل الجبير", "jubeir", "وزير الخارجية", "SA", "2015-07-21"),
        new ClusterEvaluation.Row("ar-2", "عادل بن أحمد الجبير", "jubeir", "وزير الخارجية", "SA", "2015-08-11"),
        new ClusterEvaluation.Row("ar-2", "جون كيري", "kerry", "وزير الخارجية الأمريكي", "US", "2015-08-11"));
    ClusterEvaluation.Scores s = ClusterEvaluation.score("all", rows, r -> true);
    assertEquals(1.0, s.bcubedF1(), 1e-9);
    assertEquals(2, s.documents());
  }

  @Test
  void anExtractedOfficialTakesThePersonOfTheGoldOfficialItNames() {
    List<ClusterEvaluation.Row> gold = List.of(
        new ClusterEvaluation.Row("ar-1", "عادل بن أحمد الجبير", "jubeir", "وزير الخارجية", "SA", "2015-07-21"),
        new ClusterEvaluation.Row("ar-1", "جون كيري", "kerry", null, "US", "2015-07-21"));
    List<ClusterEvaluation.Row> rows = ClusterEvaluation.matched(gold, "ar-1", List.of(
        new ClusterEvaluation.Found("عادل الجبير", "وزير الخارجية السعودي", "SA"),
        new ClusterEvaluation.Found("جون كيري", null, "US"),
        new ClusterEvaluation.Found("الرياض", null, null)));
    assertEquals(List.of("jubeir", "kerry", "ar-1/found-3"),
        rows.stream().map(ClusterEvaluation.Row::cluster).toList());
    assertEquals("2015-07-21", rows.get(2).date());
  }

  @Test
  void theHandMadeClustersAreMergedAboveTheTargetOnBothHalves() {
    Path clusters = Path.of("../corpus/registry/clusters.tsv");
    List<ClusterEvaluation.Scores> scores = ClusterEvaluation.evaluate(ClusterEvaluation.read(clusters));
    assertEquals(List.of("tuning", "held-out", "all"), scores.stream().map(ClusterEvaluation.Scores::set).toList());
    scores.forEach(s -> assertTrue(s.bcubedF1() >= 0.90, s.toString()));
    assertEquals(1311, scores.get(2).officials());
  }
}
