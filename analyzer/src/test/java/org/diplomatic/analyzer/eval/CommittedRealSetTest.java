package org.diplomatic.analyzer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplomatic.analyzer.SharedData;
import org.junit.jupiter.api.Test;

/** The real development set as committed: valid against the published articles, and holding none of their text. */
class CommittedRealSetTest {
  private static final Path REAL = SharedData.ROOT.resolve("corpus/real");

  @Test
  void everyGoldFileValidatesAgainstItsPublishedArticle() {
    Path news = SharedData.require("news", "validating the real set against the published news");
    GoldCorpus real = GoldCorpus.open(REAL, NewsArchive.at(news).orElseThrow());
    CorpusValidator.Report report = new CorpusValidator().validate(real);
    assertEquals(List.of(), report.problems());
    Map<String, Integer> c = report.counts();
    assertTrue(c.get("ar documents") >= 40, "ar documents");
    assertTrue(c.get("fa documents") >= 30, "fa documents");
    for (String lang : List.of("ar", "fa")) {
      assertTrue(c.get(lang + " split dev") >= 15 && c.get(lang + " split test") >= 15, lang + " split");
    }
  }

  @Test
  void keepsNoArticleTextInTheRepository() throws IOException {
    try (Stream<Path> files = Files.walk(REAL)) {
      assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".txt")).toList());
    }
  }
}
