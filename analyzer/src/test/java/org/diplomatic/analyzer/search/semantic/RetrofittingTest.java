package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;
import org.junit.jupiter.api.Test;

class RetrofittingTest {
  private static final Analyzer ANALYZER = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);
  private static final SeedLexicon OIL = SeedLexicon.parse(List.of("# == energy", "نفط\tنفت"), "test");

  @Test
  void aPairConvergesToTwoThirdsOwnVectorAndOneThirdItsPartners() {
    WordVectors vectors = vectors(Map.of("نفط", new float[] {1, 0, 0}, "نفت", new float[] {0, 1, 0},
        "مدرسة", new float[] {0, 0, 1}));

    WordVectors fitted = Retrofitting.apply(vectors, OIL, Map.of(), new Retrofitting.Settings(20, 1, 0, 0, 0));

    // q_a = (a + q_p) / 2 and q_p = (p + q_a) / 2 meet at (2a + p) / 3 and (a + 2p) / 3, cosine 4 / 5
    assertEquals(0.8, Vectors.dot(fitted.vector(term("نفط")), fitted.vector(term("نفت"))), 1e-3);
    assertArrayEquals(new float[] {0, 0, 1}, fitted.vector(term("مدرسة")), 1e-6f);
  }

  @Test
  void aSubjectsWordsAreDrawnTogetherInBothLanguages() {
    WordVectors vectors = vectors(Map.of("المصفاة", new float[] {1, 0, 0}, "پالایشگاه", new float[] {0, 1, 0},
        "مدرسة", new float[] {0, 0, 1}));

    WordVectors fitted = Retrofitting.apply(vectors, SeedLexicon.parse(List.of(), "none"),
        Map.of("oil", List.of("المصفاة", "پالایشگاه")), new Retrofitting.Settings(20, 0, 0, 1, 0));

    assertEquals(0.8, Vectors.dot(fitted.vector(term("المصفاة")), fitted.vector(term("پالایشگاه"))), 1e-3);
  }

  @Test
  void aWordTheListsDoNotHoldFollowsItsNearestListedWordsByTheirCosine() {
    WordVectors vectors = vectors(Map.of("نفط", new float[] {1, 0, 0}, "نفت", new float[] {0, 1, 0},
        "الخام", new float[] {0.8f, 0, 0.6f}, "مدرسة", new float[] {0, 0, 1}));

    WordVectors fitted = Retrofitting.apply(vectors, OIL, Map.of(), new Retrofitting.Settings(20, 1, 0, 0, 2));

    float[] crude = fitted.vector(term("الخام"));
    assertTrue(crude[1] > 0.1, "moved toward نفت: " + crude[1]);
    assertTrue(Vectors.dot(crude, fitted.vector(term("نفت"))) > 0.2);
    assertArrayEquals(new float[] {0, 0, 1}, fitted.vector(term("مدرسة")), 1e-6f);
  }

  private static WordVectors vectors(Map<String, float[]> byWord) {
    Map<String, float[]> byTerm = new HashMap<>();
    byWord.forEach((word, v) -> byTerm.put(term(word), Vectors.unit(v)));
    return WordVectors.of(3, byTerm);
  }

  private static String term(String word) {
    try {
      List<String> terms = EmbeddingCorpus.terms(ANALYZER, word);
      assertEquals(1, terms.size(), word);
      return terms.get(0);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
