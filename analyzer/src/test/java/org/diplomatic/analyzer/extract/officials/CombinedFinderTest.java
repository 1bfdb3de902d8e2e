package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.TrainingParameters;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The name finder supplies the evidence a title rule needs for a name no word list knows. */
class CombinedFinderTest {
  private static final String TEXT = "گلبدین نورستانی وزیر معادن افغانستان گفت معادن مس آماده سرمایه‌گذاری است.";
  private static OfficialsLexicon lex;
  private static PersonNameFinder finder;

  @BeforeAll
  static void trainTinyPersianModel() throws Exception {
    lex = OfficialsLexicon.load();
    Path conll = Path.of(CombinedFinderTest.class.getResource("tiny-fa.conll").toURI());
    TrainingParameters p = PersonNameTrainer.defaultParameters();
    p.put(TrainingParameters.CUTOFF_PARAM, 0);
    p.put(TrainingParameters.ITERATIONS_PARAM, 50);
    finder = new PersonNameFinder(new PersonNameTrainer(p).train(Language.PERSIAN, ConllPersonSamples.read(conll)));
  }

  @Test
  void rulesAloneNeedEvidenceForAnUnknownNameBeforeATitleInsideAClause() {
    // at a sentence's start rare words before a title are evidence enough (PersianAgencyOfficialsTest), not here
    String text = "پیام تبریک گلبدین نورستانی وزیر معادن افغانستان به همتای ایرانی رسید.";
    OfficialsExtractor rules = new OfficialsExtractor(lex, Map.of());
    assertTrue(rules.extract(text, TestSentences.of(text), Language.PERSIAN).isEmpty());
  }

  @Test
  void theFinderSuppliesThatEvidence() {
    OfficialsExtractor combined = new OfficialsExtractor(lex, Map.of(Language.PERSIAN, finder));
    List<Official> found = combined.extract(TEXT, TestSentences.of(TEXT), Language.PERSIAN);
    assertEquals(1, found.size());
    assertEquals("گلبدین نورستانی", found.get(0).name());
    assertEquals("وزیر معادن افغانستان", found.get(0).role());
    assertEquals("معادن", found.get(0).organization());
    assertEquals("AF", found.get(0).country());
    People people = combined.analyze(TEXT, TestSentences.of(TEXT), Language.PERSIAN);
    assertEquals(found, people.officials());
    assertEquals(List.of(new PersonMention("گلبدین نورستانی", 0, 15)), people.persons());
  }
}
