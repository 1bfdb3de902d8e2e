package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.GoldDocument.GoldOfficial;
import org.diplomatic.analyzer.eval.GoldDocument.GoldSentence;
import org.diplomatic.analyzer.eval.GoldDocument.GoldSpan;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.Test;

class OfficialsEvaluatorTest {
  private static final String TEXT = "وصل فؤاد محمد حسين، وزير الخارجية العراقي، إلى أنقرة. والتقى المواطن علي كريم.";

  private static GoldDocument gold() {
    GoldSentence s0 = new GoldSentence("وصل فؤاد محمد حسين، وزير الخارجية العراقي، إلى أنقرة.", 0, 53, List.of());
    GoldSentence s1 = new GoldSentence("والتقى المواطن علي كريم.", 54, 78, List.of());
    GoldOfficial minister = new GoldOfficial("فؤاد محمد حسين", "وزير الخارجية", "الخارجية", "IQ",
        List.of(new GoldSpan("فؤاد محمد حسين", 0, 4, 18)));
    GoldOfficial missed = new GoldOfficial("سالم الربيعي", null, null, "IQ", List.of());
    return new GoldDocument("ar-news-900", "ar", "news", TEXT, List.of(), List.of(s0, s1),
        List.of(minister, missed), List.of(new GoldSpan("علي كريم", 1, 69, 77)), List.of(), List.of(), List.of());
  }

  @Test
  void countsOfficialsByNameAndRolesAndCountriesOnTheMatchedOnes() {
    OfficialsExtractor rules = new OfficialsExtractor(OfficialsLexicon.load(), Map.of());
    List<OfficialsEvaluator.Scores> scores = OfficialsEvaluator.evaluate(rules, List.of(gold()));
    assertEquals(1, scores.size());
    OfficialsEvaluator.Scores ar = scores.get(0);
    assertEquals(Language.ARABIC, ar.lang());
    assertEquals(1, ar.officials().truePositives());
    assertEquals(0, ar.officials().falsePositives());
    assertEquals(1, ar.officials().falseNegatives());
    // "وزير الخارجية العراقي" is not the gold role "وزير الخارجية"; organization and country agree
    assertEquals(0.0, ar.roleAccuracy());
    assertEquals(1.0, ar.organizationAccuracy());
    assertEquals(1.0, ar.countryAccuracy());
    assertEquals(1, ar.mentions().truePositives());
    assertEquals(1, ar.mentions().falseNegatives());
    assertEquals(0, ar.finderMentions().truePositives());
  }
}
