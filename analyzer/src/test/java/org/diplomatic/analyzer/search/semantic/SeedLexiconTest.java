package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedLexiconTest {
  @Test
  void readsPairsAndSkipsCommentsAndBlankLines() {
    SeedLexicon lexicon = SeedLexicon.parse(List.of("# header", "", "كهرباء\tبرق", "وزارة\tوزارت"), "test");

    assertEquals(List.of(new SeedLexicon.Pair("كهرباء", "برق"), new SeedLexicon.Pair("وزارة", "وزارت")),
        lexicon.pairs());
  }

  @ParameterizedTest
  @ValueSource(strings = {"كهرباء برق", "كهرباء\tبرق\tنیرو", "كهرباء\t", "\tبرق", "وزارة الخارجية\tوزارت",
      "وزارة\tوزارت خارجه"})
  void rejectsALineThatIsNotTwoSingleWordsNamingItsLine(String line) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> SeedLexicon.parse(List.of("# header", line), "lexicon.tsv"));

    assertTrue(error.getMessage().startsWith("lexicon.tsv line 2: expected 'arabic<TAB>persian'"),
        error.getMessage());
  }

  @Test
  void pairsFallUnderTheirGroupsHeading() {
    SeedLexicon lexicon = SeedLexicon.parse(List.of("# header", "# == energy", "كهرباء\tبرق", "# == transport",
        "قطار\tقطار", "ميناء\tبندر"), "test");

    assertEquals(java.util.Map.of("energy", List.of(new SeedLexicon.Pair("كهرباء", "برق")), "transport",
        List.of(new SeedLexicon.Pair("قطار", "قطار"), new SeedLexicon.Pair("ميناء", "بندر"))), lexicon.groups());
  }

  @Test
  void theHeldOutFifthIsDecidedByEachPairsOwnText() {
    SeedLexicon.Pair pair = new SeedLexicon.Pair("كهرباء", "برق");
    SeedLexicon alone = SeedLexicon.parse(List.of("كهرباء\tبرق"), "a");
    SeedLexicon among = SeedLexicon.parse(List.of("نفط\tنفت", "كهرباء\tبرق", "غاز\tگاز"), "b");

    assertEquals(alone.heldOut().contains(pair), among.heldOut().contains(pair));
    assertEquals(Math.floorMod("كهرباء\tبرق".hashCode(), 5) == 0, pair.heldOut());
  }

  @Test
  void theBundledLexiconHoldsOutTheSameFifthEveryTime() {
    SeedLexicon lexicon = SeedLexicon.bundled();

    assertEquals(678, lexicon.pairs().size());
    assertEquals(HELD_OUT, lexicon.heldOut().size());
    assertEquals(lexicon.pairs().size() - HELD_OUT, lexicon.training().size());
    assertEquals(SeedLexicon.bundled().heldOut(), lexicon.heldOut());
  }

  private static final int HELD_OUT = 130;

  @Test
  void pairsBecomeTheIndexsLightStemmedTermsAndASideOfNoneOrTwoTermsDropsItsPair() {
    List<SeedLexicon.Pair> pairs = List.of(new SeedLexicon.Pair("الكهرباء", "برق"),
        new SeedLexicon.Pair("الطاقة", "انرژی"), new SeedLexicon.Pair("e-government", "دولت"),
        new SeedLexicon.Pair("٢٠١٥", "۲۰۱۵"));

    List<SeedLexicon.Pair> terms = SeedLexicon.asTerms(pairs,
        new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT));

    assertEquals(List.of(new SeedLexicon.Pair("كهرباء", "برق"), new SeedLexicon.Pair("طاق", "انرژ")), terms);
  }
}
