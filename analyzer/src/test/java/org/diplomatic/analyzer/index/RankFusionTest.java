package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  private static List<RankFusion.Scored<String>> ranked(String... keys) {
    return java.util.stream.IntStream.range(0, keys.length)
        .mapToObj(i -> new RankFusion.Scored<>(keys[i], 1.0 - i * 0.1)).toList();
  }

  private static String describe(List<RankFusion.Fused<String>> fused) {
    return String.join(" ", fused.stream()
        .map(f -> f.key() + (f.terms() && f.meaning() ? "=both" : f.terms() ? "=terms" : "=meaning")).toList());
  }

  @Test
  void reciprocalRankFusionSumsOneOverSixtyPlusRankAndKeepsFirstSeenOrderOnTies() {
    List<RankFusion.Fused<String>> fused =
        RankFusion.reciprocalRank(ranked("a", "b", "c"), ranked("c", "d", "a"), RankFusion.RRF_K);

    assertEquals("a=both c=both b=terms d=meaning", describe(fused));
    assertEquals(1.0 / 61 + 1.0 / 63, fused.get(0).score(), 1e-12);
    assertEquals(1.0 / 62, fused.get(2).score(), 1e-12);
  }

  @Test
  void aDocumentFoundByBothRankingsOutranksOneFoundFirstByOnlyOne() {
    assertEquals("y=both x=terms z=meaning",
        describe(RankFusion.reciprocalRank(ranked("x", "y"), ranked("z", "y"), RankFusion.RRF_K)));
  }

  @Test
  void theLinearMixWeighsSimilarityAgainstBm25DividedByTheBest() {
    List<RankFusion.Scored<String>> lexical = List.of(new RankFusion.Scored<>("a", 8.0),
        new RankFusion.Scored<>("b", 2.0));
    List<RankFusion.Scored<String>> semantic = List.of(new RankFusion.Scored<>("c", 0.9),
        new RankFusion.Scored<>("b", 0.8));

    List<RankFusion.Fused<String>> fused = RankFusion.linear(lexical, semantic, 0.5);

    assertEquals("b=both a=terms c=meaning", describe(fused));
    assertEquals(0.5 * 0.25 + 0.5 * 0.8, fused.get(0).score(), 1e-12);
    assertEquals(0.5, fused.get(1).score(), 1e-12);
  }

  @Test
  void rankingByMeaningAloneKeepsItsOrderAndSaysWhichTermsFoundToo() {
    assertEquals("c=meaning a=both",
        describe(RankFusion.meaningOnly(ranked("a", "b"), ranked("c", "a"))));
  }
}
