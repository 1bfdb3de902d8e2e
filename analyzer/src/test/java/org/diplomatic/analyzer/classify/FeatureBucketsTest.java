package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureBucketsTest {
  private static final List<String> WORDS = List.of("والاتصالات", "المملكة", "همکاری", "فناوری", "می‌شود", "بالتعاون");
  // the model's dimensions, a power of two the mask shortcut applies to, and one it does not
  private static final List<Integer> DIMENSIONS = List.of(1 << 13, 1 << 10, 1000);

  @Test
  void wordBucketsEqualThoseOfTheBuiltFeatureString() {
    for (int dims : DIMENSIONS) {
      FeatureBuckets buckets = new FeatureBuckets(dims);
      for (String w : WORDS) {
        int stem = AreaFeaturizer.procliticLength(w);
        assertEquals(Math.floorMod(("w:" + w).hashCode(), dims), buckets.word(w, 0), w);
        assertEquals(Math.floorMod(("w:" + w.substring(stem)).hashCode(), dims), buckets.word(w, stem), w);
      }
    }
  }

  @Test
  void bigramBucketsEqualThoseOfTheBuiltFeatureString() {
    for (int dims : DIMENSIONS) {
      FeatureBuckets buckets = new FeatureBuckets(dims);
      for (String a : WORDS) {
        for (String b : WORDS) {
          int stemA = AreaFeaturizer.procliticLength(a);
          int stemB = AreaFeaturizer.procliticLength(b);
          String feature = "b:" + a.substring(stemA) + " " + b.substring(stemB);
          assertEquals(Math.floorMod(feature.hashCode(), dims), buckets.bigram(a, stemA, b, stemB), feature);
        }
      }
    }
  }

  @Test
  void charGramBucketsEqualThoseOfTheBuiltFeatureStringAtEveryPosition() {
    for (int dims : DIMENSIONS) {
      FeatureBuckets buckets = new FeatureBuckets(dims);
      for (String w : WORDS) {
        for (int stem : new int[] {0, AreaFeaturizer.procliticLength(w)}) {
          String padded = "<" + w.substring(stem) + ">";
          for (int n = 1; n <= padded.length(); n++) {
            for (int k = 0; k + n <= padded.length(); k++) {
              String feature = "c:" + padded.substring(k, k + n);
              assertEquals(Math.floorMod(feature.hashCode(), dims), buckets.charGram(w, stem, k, n), feature);
            }
          }
        }
      }
    }
  }

  @Test
  void procliticLengthMatchesStripProclitic() {
    assertEquals(3, AreaFeaturizer.procliticLength("والاتصالات"));
    assertEquals(2, AreaFeaturizer.procliticLength("المملكة"));
    assertEquals(0, AreaFeaturizer.procliticLength("همکاری"));
    assertEquals(0, AreaFeaturizer.procliticLength("البر")); // stripping would leave fewer than 3 letters
    for (String w : WORDS) {
      assertEquals(AreaFeaturizer.stripProclitic(w), w.substring(AreaFeaturizer.procliticLength(w)), w);
    }
  }
}
