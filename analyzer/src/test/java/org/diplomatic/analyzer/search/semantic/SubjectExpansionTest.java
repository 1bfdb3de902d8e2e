package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectExpansionTest {
  private static final Map<String, List<String>> RAIL =
      Map.of("rail", List.of("القطارات", "السكك", "العربات", "قطار", "راه‌آهن", "لوکوموتیو"));

  @Test
  void aTermExpandsToTheOtherTermsOfItsSubjectInBothLanguages() {
    SubjectExpansion rail = SubjectExpansion.of(RAIL);

    assertEquals(List.of("سكك", "عرب", "راهاهن", "لوكوموتيو"), rail.of("قطار"));
    assertEquals(List.of("قطار", "سكك", "عرب", "راهاهن"), rail.of("لوكوموتيو"));
    assertEquals(List.of(), rail.of("بندر"));
  }

  @Test
  void theTableIsSavedAndReadBackAsWritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("subject-words.tsv");
    SubjectExpansion.of(RAIL).save(file);

    assertEquals(List.of("سكك", "عرب", "راهاهن", "لوكوموتيو"), SubjectExpansion.load(file).of("قطار"));
  }

  @Test
  void theShippedTableIsTheBundledGroups(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("subject-words.tsv");
    SubjectExpansion.bundled().save(file);
    assertEquals(Files.readString(file), Files.readString(Path.of("../models/semantic/subject-words.tsv")),
        "models/semantic/subject-words.tsv is stale: rerun SubjectExpansion (models/semantic/README.md)");
  }

  @Test
  void aQuerysSubjectWordsLeaveOutItsOwnTermsTheirTranslationsAndCommonWords() {
    WordVectors vectors = WordVectors.of(1, Map.of("قطار", new float[] {1f}));
    TermWeights weights = TermWeights.of(Map.of("عرب", 1.53f, "سكك", 5.71f), 6.21f);
    QueryTranslation translation = QueryTranslation.of(List.of(new SeedLexicon.Pair("القطار", "قطار")));
    DocumentEmbedder embedder =
        new DocumentEmbedder(vectors, weights, translation, null, SubjectExpansion.of(RAIL));

    // عرب (العربات, wagons) is also العرب: too common a term to search for
    assertEquals(List.of("سكك", "راهاهن", "لوكوموتيو"), embedder.subjectWords("نقل الركاب بالقطار"));
    assertEquals(List.of("قطار", "سكك", "راهاهن"), embedder.subjectWords("لوکوموتیو"));
  }
}
