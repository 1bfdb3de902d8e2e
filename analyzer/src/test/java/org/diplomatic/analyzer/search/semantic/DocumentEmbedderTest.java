package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentEmbedderTest {
  private static final WordVectors VECTORS = WordVectors.of(2, Map.of(
      "كهرباء", new float[] {1f, 0f},
      "برق", new float[] {1f, 0f},
      "زائر", new float[] {0f, 1f}));

  @Test
  void termsAreTheIndexLightStemmedBodyTerms() {
    DocumentEmbedder embedder = new DocumentEmbedder(VECTORS, TermWeights.uniform());
    assertEquals(List.of("كهرباء", "عراق"), embedder.terms("الكهرباء العراقية"));
    assertEquals(List.of("برق", "زائر"), embedder.terms("برق زائران"));
  }

  @Test
  void aTextVectorIsTheIdfWeightedMeanOfItsKnownTermsScaledToUnitLength() {
    TermWeights weights = TermWeights.of(Map.of("كهرباء", 3f), 1f);
    DocumentEmbedder embedder = new DocumentEmbedder(VECTORS, weights);

    float[] v = embedder.embed("الكهرباء للزائرين في العراق");

    double norm = Math.sqrt(3 * 3 + 1);
    assertArrayEquals(new float[] {(float) (3 / norm), (float) (1 / norm)}, v, 1e-6f);
  }

  @Test
  void aPersianWordAndItsArabicEquivalentGiveTheSameVector() {
    DocumentEmbedder embedder = new DocumentEmbedder(VECTORS, TermWeights.uniform());
    assertArrayEquals(embedder.embed("الكهرباء"), embedder.embed("برق"));
  }

  @Test
  void aTextWithNoKnownTermHasNoVector() {
    DocumentEmbedder embedder = new DocumentEmbedder(VECTORS, TermWeights.uniform());
    assertNull(embedder.embed("وزير الخارجية"));
    assertNull(embedder.embed(""));
  }

  @Test
  void theModelsFolderWithoutWordVectorsGivesNoEmbedder(@TempDir Path models) {
    assertNull(DocumentEmbedder.fromModels(models));
  }

  @Test
  void termWeightsAreReadWithTheirCeilingAndAMalformedLineIsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("term-weights.tsv");
    Files.writeString(file, "# header\n# ceiling\t6.5\nفي\t0.2\nبرق\t3.1\n");
    TermWeights weights = TermWeights.load(file);
    assertEquals(0.2f, weights.weight("في"));
    assertEquals(3.1f, weights.weight("برق"));
    assertEquals(6.5f, weights.weight("هیرمند"));

    Files.writeString(file, "برق 3.1\n");
    IOException e = assertThrows(IOException.class, () -> TermWeights.load(file));
    assertEquals(file + ": not 'term<TAB>weight': برق 3.1", e.getMessage());
  }
}
