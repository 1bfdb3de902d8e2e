package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossLingualAlignerTest {
  private static final List<String> ARABIC = List.of("كهرباء", "نفط", "غاز", "ميناء", "مطار", "جامع", "ايران",
      "به", "طاق", "وزير");
  private static final List<String> PERSIAN = List.of("برق", "نفت", "گاز", "بندر", "فرودگا", "دانشگا", "ايران",
      "به", "انرژ", "وزير");

  /** Persian vectors are the Arabic ones turned by a fixed rotation, so the right map is its inverse. */
  private static LanguageVectors[] rotatedPair(long[] arabicCounts, long[] persianCounts) {
    Random random = new Random(7);
    float[][] arabic = new float[ARABIC.size()][6];
    for (float[] row : arabic) {
      for (int d = 0; d < row.length; d++) {
        row[d] = (float) random.nextGaussian();
      }
      Vectors.normalize(row);
    }
    float[][] persian = new float[arabic.length][];
    for (int i = 0; i < arabic.length; i++) {
      float[] x = arabic[i];
      // a rotation in the (0,1) plane and a swap of axes 2 and 3
      persian[i] = new float[] {0.6f * x[0] - 0.8f * x[1], 0.8f * x[0] + 0.6f * x[1], x[3], x[2], x[4], x[5]};
    }
    return new LanguageVectors[] {new LanguageVectors("ar", ARABIC, arabicCounts, arabic),
        new LanguageVectors("fa", PERSIAN, persianCounts, persian)};
  }

  private static long[] counts(long each) {
    long[] counts = new long[ARABIC.size()];
    java.util.Arrays.fill(counts, each);
    return counts;
  }

  @Test
  void sixLexiconPairsAlignAHeldOutWordOfARotatedSpace() {
    LanguageVectors[] spaces = rotatedPair(counts(100), counts(100));
    List<SeedLexicon.Pair> lexicon = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lexicon.add(new SeedLexicon.Pair(ARABIC.get(i), PERSIAN.get(i)));
    }
    CrossLingualAligner.Settings lexiconOnly = CrossLingualAligner.Settings.defaults().with(true, false, 0);

    CrossLingualAligner.Result result = CrossLingualAligner.align(spaces[0], spaces[1], lexicon,
        Set.of("انرژ", "طاق"), lexiconOnly);

    assertEquals(6, result.lexiconAnchors());
    int nearest = AlignmentEvaluator.nearest(result.map().apply(spaces[1].vectors()[8]), spaces[0].vectors(), 1)[0];
    assertEquals("طاق", ARABIC.get(nearest));
  }

  @Test
  void sharedTermsServeAsAnchorsOnlyWhenFrequentInBothAtLikeRatesAndNotHeldOut() {
    long[] arabicCounts = counts(100);
    long[] persianCounts = counts(100);
    arabicCounts[7] = 30; // به: a Persian preposition, rarer as an Arabic word
    persianCounts[7] = 1000;
    LanguageVectors[] spaces = rotatedPair(arabicCounts, persianCounts);

    CrossLingualAligner.Result result = CrossLingualAligner.align(spaces[0], spaces[1], List.of(), Set.of("وزير"),
        CrossLingualAligner.Settings.defaults().with(false, true, 0));

    assertEquals(new CrossLingualAligner.Result(result.map(), 0, 1, 0), result);
  }
}
