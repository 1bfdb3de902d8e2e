package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
