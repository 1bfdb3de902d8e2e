package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingTrainingTest {
  private static final LanguageVectors JOINT = new LanguageVectors("ar+fa", List.of("برق", "كهرباء", "ايران", "نفت"),
      new long[] {40, 30, 20, 10}, new float[][] {{1, 0}, {0.8f, 0.6f}, {0, 1}, {0.6f, 0.8f}});

  @Test
  void aLanguagesViewKeepsTheJointVectorsOfItsOwnFrequentTermsMostFrequentThere() {
    LanguageVectors persian = EmbeddingTraining.view(JOINT, "fa", Map.of("برق", 5L, "ايران", 9L, "نفت", 2L), 3);

    assertEquals(List.of("ايران", "برق"), persian.terms());
    assertArrayEquals(new long[] {9, 5}, persian.counts());
    assertArrayEquals(new float[] {0, 1}, persian.vectors()[0]);
    assertArrayEquals(new float[] {1, 0}, persian.vectors()[1]);
  }

  @Test
  void mergingMapsPersianAndGivesATermOfBothLanguagesTheMeanOfItsTwoVectors() {
    LanguageVectors arabic = new LanguageVectors("ar", List.of("كهرباء", "ايران"), new long[] {30, 20},
        new float[][] {{1, 0}, {0, 1}});
    LanguageVectors persian = new LanguageVectors("fa", List.of("برق", "ايران"), new long[] {5, 9},
        new float[][] {{0, 1}, {0, 1}});
    // a quarter turn: W = [[0, -1], [1, 0]] takes the row (0, 1) to (1, 0)
    ProcrustesAlignment quarterTurn = ProcrustesAlignment.fit(List.of(new float[] {1, 0}, new float[] {0, 1}),
        List.of(new float[] {0, -1}, new float[] {1, 0}));

    WordVectors merged = EmbeddingTraining.merge(arabic, persian, quarterTurn);

    assertEquals(3, merged.size());
    assertArrayEquals(new float[] {1, 0}, merged.vector("كهرباء"), 1e-6f);
    assertArrayEquals(new float[] {1, 0}, merged.vector("برق"), 1e-6f);
    float half = (float) Math.sqrt(0.5);
    assertArrayEquals(new float[] {half, half}, merged.vector("ايران"), 1e-6f);
  }
}
