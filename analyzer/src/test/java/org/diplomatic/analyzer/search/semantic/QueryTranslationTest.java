package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTranslationTest {
  private static final QueryTranslation BUNDLED = QueryTranslation.bundled();

  @Test
  void aPersianTermTranslatesToTheArabicTermsOfTheLexiconAndBack() {
    assertEquals(List.of("كهرباء", "كهربائ"), BUNDLED.of("برق"));
    assertEquals(List.of("برق"), BUNDLED.of("كهرباء"));
    assertEquals(List.of("بندر"), BUNDLED.of("ميناء"));
  }

  @Test
  void aTermWrittenAlikeInBothLanguagesIsNoTranslationOfItself() {
    assertEquals(List.of(), BUNDLED.of("كابل"));
  }

  @Test
  void aTermOfSeveralPairsKeepsEachTranslationOnce() {
    QueryTranslation t = QueryTranslation.of(List.of(new SeedLexicon.Pair("دولة", "کشور"),
        new SeedLexicon.Pair("بلد", "کشور"), new SeedLexicon.Pair("دولة", "کشور")));
    assertEquals(List.of("دول", "بلد"), t.of("كشور"));
  }

  @Test
  void theTableIsSavedAndReadBackAsWritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("translations.tsv");
    BUNDLED.save(file);
    QueryTranslation read = QueryTranslation.load(file);
    assertEquals(List.of("كهرباء", "كهربائ"), read.of("برق"));
    assertEquals(List.of(), read.of("كابل"));
  }

  @Test
  void theShippedTableIsTheBundledLexicons(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("translations.tsv");
    BUNDLED.save(file);
    assertEquals(Files.readString(file), Files.readString(Path.of("../models/semantic/translations.tsv")),
        "models/semantic/translations.tsv is stale: rerun QueryTranslation (models/semantic/README.md)");
  }

  @Test
  void aQueryVectorCountsItsTranslationsTogetherAsMuchAsTheTermItself() {
    WordVectors vectors = WordVectors.of(2, Map.of("كهرباء", new float[] {1f, 0f}, "زائر", new float[] {0f, 1f}));
    QueryTranslation translation = QueryTranslation.of(List.of(new SeedLexicon.Pair("الكهرباء", "برق")));
    DocumentEmbedder embedder = new DocumentEmbedder(vectors, TermWeights.uniform(), translation, null);

    assertNull(embedder.embed("برق"));
    assertArrayEquals(new float[] {1f, 0f}, embedder.embedQuery("برق"), 1e-6f);
    float half = (float) Math.sqrt(0.5);
    assertArrayEquals(new float[] {half, half}, embedder.embedQuery("برق زائران"), 1e-6f);
    assertArrayEquals(new float[] {half, half}, embedder.embedQuery("الكهرباء زائران"), 1e-6f);
  }
}
