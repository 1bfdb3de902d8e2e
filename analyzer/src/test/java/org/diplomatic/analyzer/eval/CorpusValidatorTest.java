package org.diplomatic.analyzer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the validator over the bundled corpus: every gold file valid, and the counts the corpus promises. */
class CorpusValidatorTest {
  private static GoldCorpus corpus;
  private static CorpusValidator.Report report;

  @BeforeAll
  static void validate() {
    corpus = GoldCorpus.open(Path.of(System.getProperty("analyzer.root", "..")).resolve("corpus"));
    report = new CorpusValidator().validate(corpus);
  }

  @Test
  void everyGoldFileValidates() {
    assertEquals(List.of(), report.problems());
  }

  @Test
  void holdsAtLeastEightyDocumentsPerLanguageInEveryGenre() {
    Map<String, Integer> c = report.counts();
    for (String lang : List.of("ar", "fa")) {
      assertTrue(c.get(lang + " documents") >= 80, lang + " documents");
      for (String genre : Vocabulary.GENRES) {
        assertTrue(c.getOrDefault(lang + " " + genre, 0) >= 20, lang + " " + genre);
      }
    }
  }

  @Test
  void everyAreaHasTwelveDocumentsPerLanguageAndTelecomIsAMinority() {
    Map<String, Integer> c = report.counts();
    for (String lang : List.of("ar", "fa")) {
      for (String area : Vocabulary.AREAS) {
        assertTrue(c.getOrDefault(lang + " area " + area, 0) >= 12, lang + " " + area);
      }
      assertTrue(c.get(lang + " area telecom") * 2 < c.get(lang + " documents"), lang + " telecom");
    }
  }

  @Test
  void theSplitIsStratifiedAndTestIsNeverTrain() {
    Map<String, Integer> c = report.counts();
    for (String lang : List.of("ar", "fa")) {
      assertEquals(c.get(lang + " documents"),
          c.get(lang + " split train") + c.get(lang + " split dev") + c.get(lang + " split test"));
      assertTrue(c.get(lang + " split test") >= 12, lang + " test documents");
    }
  }

  @Test
  void reportsOffsetsThatDoNotPointAtTheirText() {
    GoldDocument doc = corpus.read("ar-news-001");
    GoldDocument.GoldFigure f = doc.figures().get(0);
    GoldDocument.GoldFigure shifted = new GoldDocument.GoldFigure(f.text(), f.sentence(), f.start() + 1,
        f.end() + 1, f.value(), f.min(), f.max(), f.unit(), f.period(), f.qualifier(), f.quantity());
    GoldDocument broken = new GoldDocument(doc.id(), doc.lang(), doc.genre(), doc.text(), doc.areas(),
        doc.sentences(), doc.officials(), doc.otherPersons(), List.of(shifted), doc.commitments(), doc.quotes());
    List<String> problems = new java.util.ArrayList<>();
    new CorpusValidator().check(broken, problems);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("ar-news-001: figure at " + (f.start() + 1)), problems.get(0));
  }
}
