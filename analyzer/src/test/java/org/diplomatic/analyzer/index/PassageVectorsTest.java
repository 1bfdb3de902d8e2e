package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PassageVectorsTest {
  private static final float S = (float) Math.sqrt(0.5);

  @Test
  void theBestPassageIsTheOneWithTheHighestDotProductWithinAQuantizationStep() {
    List<float[]> passages = Arrays.asList(new float[] {1f, 0f}, null, new float[] {S, S});
    byte[] packed = PassageVectors.encode(passages, 2);

    assertEquals(4 + 3 * (4 + 2), packed.length);
    PassageVectors.Best best = PassageVectors.best(packed, 0, packed.length, new float[] {0f, 1f});
    assertEquals(2, best.passage());
    assertEquals(S, best.similarity(), S / 127);
    assertEquals(0, PassageVectors.best(packed, 0, packed.length, new float[] {1f, 0f}).passage());
  }

  /** The sums run four passages at a time: each must be, to the bit, the sum of that passage alone. */
  @Test
  void theBestPassageAndItsSimilarityAreThoseOfOnePassageAtATime() {
    Random random = new Random(7);
    for (int count = 1; count <= 13; count++) {
      List<float[]> passages = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        float[] v = new float[100];
        for (int d = 0; d < v.length; d++) {
          v[d] = (float) random.nextGaussian();
        }
        passages.add(p == 2 ? null : v);
      }
      float[] query = passages.get(0).clone();
      for (int d = 0; d < query.length; d++) {
        query[d] += (float) random.nextGaussian();
      }
      byte[] packed = PassageVectors.encode(passages, 100);
      assertEquals(oneAtATime(packed, query), PassageVectors.best(packed, 0, packed.length, query), "count " + count);
    }
  }

  private static PassageVectors.Best oneAtATime(byte[] packed, float[] query) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(packed);
    int count = in.getShort(0);
    int best = -1;
    double bestSimilarity = -1;
    for (int p = 0, at = 4; p < count; p++, at += 4 + query.length) {
      float scale = in.getFloat(at);
      float dot = 0;
      for (int d = 0; d < query.length; d++) {
        dot += packed[at + 4 + d] * query[d];
      }
      if (scale != 0 && (dot * scale > bestSimilarity || best < 0)) {
        best = p;
        bestSimilarity = dot * scale;
      }
    }
    return new PassageVectors.Best(best, bestSimilarity);
  }

  @Test
  void passagesWithoutVectorsOrOfAnotherDimensionGiveNoBestPassage() {
    byte[] none = PassageVectors.encode(Arrays.asList(null, null), 2);
    assertEquals(new PassageVectors.Best(-1, -1), PassageVectors.best(none, 0, none.length, new float[] {1f, 0f}));
    byte[] three = PassageVectors.encode(List.of(new float[] {1f, 0f, 0f}), 3);
    assertEquals(new PassageVectors.Best(-1, -1), PassageVectors.best(three, 0, three.length, new float[] {1f, 0f}));
  }

  @Test
  void passagesAreSentencesAndLines() {
    assertEquals(List.of("وقع الوزيران اتفاقية للربط الكهربائي.", "وقال الوزير: سنبدأ العام المقبل؟",
        "البند الثالث: تشكيل لجنة فنية"),
        Passages.split("وقع الوزيران اتفاقية للربط الكهربائي. وقال الوزير: سنبدأ العام المقبل؟\n\n"
            + "البند الثالث: تشكيل لجنة فنية\n"));
  }

  @Test
  void aDocumentOfMoreThanSixtyFourPassagesHasThemJoinedInEqualRuns() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 130; i++) {
      lines.add("سطر " + i);
    }
    List<String> passages = Passages.split(String.join("\n", lines));
    assertEquals(44, passages.size());
    assertEquals("سطر 1 سطر 2 سطر 3", passages.get(0));
    assertEquals("سطر 130", passages.get(43));
  }
}
