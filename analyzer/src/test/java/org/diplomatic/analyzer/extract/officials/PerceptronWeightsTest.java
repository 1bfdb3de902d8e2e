package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class PerceptronWeightsTest {
  private final PerceptronWeights weights = new PerceptronWeights(features(), 3);

  private static Map<String, Context> features() {
    Map<String, Context> m = new LinkedHashMap<>();
    m.put("w=وزير", new Context(new int[] {0, 2}, new double[] {1.5, -2.0}));
    m.put("pre=عبد", new Context(new int[] {1}, new double[] {0.25}));
    return m;
  }

  @Test
  void addsEachOutcomesWeightOfAKnownFeature() {
    double[] scores = {1, 1, 1};
    weights.addTo("w=وزير", scores);
    weights.addTo("pre=عبد", scores);
    assertArrayEquals(new double[] {2.5, 1.25, -1.0}, scores, 0.0);
  }

  @Test
  void anUnknownFeatureAddsNothing() {
    double[] scores = {0.5, 0, -0.5};
    weights.addTo("w=سفير", scores);
    weights.addTo("", scores);
    assertArrayEquals(new double[] {0.5, 0, -0.5}, scores, 0.0);
  }

  @Test
  void fingerprintsOfNearlyEqualFeaturesDiffer() {
    assertNotEquals(PerceptronWeights.fingerprint("w=وزیر"), PerceptronWeights.fingerprint("w=وزير"));
    assertNotEquals(
        PerceptronWeights.fingerprint("pow=other,علی"), PerceptronWeights.fingerprint("pow=other,على"));
    assertNotEquals(0L, PerceptronWeights.fingerprint(""));
  }
}
