package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignmentEvaluatorTest {
  private static final List<String> ARABIC = List.of("كهرباء", "نفط", "غاز", "ميناء", "مطار", "جامعه");
  private static final float[][] ARABIC_VECTORS = {
      {1, 0, 0}, {0.8f, 0.6f, 0}, {0.6f, 0.8f, 0}, {0, 1, 0}, {0, 0.6f, 0.8f}, {0, 0, 1}};

  @Test
  void countsATranslationFirstAtOneAndAmongTheFiveNearestAtFive() {
    Map<String, float[]> persian = Map.of(
        "برق", new float[] {1, 0, 0},         // nearest is كهرباء
        "نفت", new float[] {0.6f, 0.8f, 0},   // nearest is غاز, نفط second
        "دانشگاه", new float[] {1, 0, 0});    // جامعه is sixth
    Map<String, Set<String>> gold = Map.of("برق", Set.of("كهرباء"), "نفت", Set.of("نفط"),
        "دانشگاه", Set.of("جامعه"), "فرودگاه", Set.of("مطار"));

    AlignmentEvaluator.Score score = AlignmentEvaluator.evaluate(gold, persian, ARABIC, ARABIC_VECTORS);

    assertEquals(new AlignmentEvaluator.Score(3, 1.0 / 3, 2.0 / 3), score);
  }

  @Test
  void goldGathersEveryTranslationOfAWordInTheAskedDirection() {
    List<SeedLexicon.Pair> pairs = List.of(new SeedLexicon.Pair("دوله", "كشور"), new SeedLexicon.Pair("بلد", "كشور"));

    assertEquals(Map.of("كشور", Set.of("دوله", "بلد")), AlignmentEvaluator.gold(pairs, true));
    assertEquals(Map.of("دوله", Set.of("كشور"), "بلد", Set.of("كشور")), AlignmentEvaluator.gold(pairs, false));
  }
}
