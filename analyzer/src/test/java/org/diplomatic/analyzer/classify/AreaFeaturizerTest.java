package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AreaFeaturizerTest {
  private static final String SENTENCE =
      "وأكد الوزير أن التعاون في مجال الاتصالات والذكاء الاصطناعي سيتوسع خلال العام المقبل.";
  // computed by the former featurizer (feature strings hashed into a HashMap<Integer, Float>) with the defaults
  private static final int[] BUCKETS = {
      0, 26, 114, 123, 126, 254, 276, 345, 367, 536, 706, 716, 745, 764, 991, 1072, 1097, 1170, 1204, 1240, 1263,
      1267, 1275, 1301, 1428, 1546, 1569, 1627, 1649, 1784, 1914, 1939, 1950, 2089, 2125, 2242, 2364, 2483, 2627,
      2682, 2788, 2795, 2829, 2860, 2864, 2875, 2887, 2907, 2921, 2932, 3108, 3165, 3266, 3303, 3451, 3470, 3512,
      3564, 3583, 3746, 3849, 3863, 3875, 3914, 3945, 3962, 3976, 4134, 4192, 4310, 4342, 4481, 4510, 4552, 4567,
      4570, 4635, 4726, 4754, 4853, 4875, 4878, 4912, 4978, 5014, 5038, 5063, 5121, 5127, 5404, 5427, 5472, 5475,
      5521, 5582, 5595, 5712, 5844, 5853, 5854, 5858, 5952, 5959, 5967, 5968, 5975, 5996, 5997, 6216, 6555, 6668,
      6682, 6739, 6792, 6798, 6803, 6817, 6819, 6820, 6854, 6870, 6878, 6900, 6902, 6913, 6926, 7028, 7035, 7095,
      7096, 7196, 7216, 7231, 7256, 7282, 7341, 7347, 7399, 7491, 7630, 7684, 7703, 7724, 7736, 7746, 7820, 7823,
      7824, 7845, 7850, 7962, 7969, 8002, 8092, 8110, 8178, 8182
  };
  private static final int TWICE_COUNTED_A = 3914;
  private static final int TWICE_COUNTED_B = 6668;
  private static final float ONCE = 0.079050966f;
  private static final float TWICE = 0.12529281f;

  private final AreaFeaturizer featurizer = new AreaFeaturizer(FeaturizerConfig.defaults());

  @Test
  void featuresOfASentenceAreThoseOfTheFormerHashMapFeaturizer() {
    Map<Integer, Float> features = asMap(featurizer.features(SENTENCE));
    assertEquals(BUCKETS.length, features.size());
    for (int bucket : BUCKETS) {
      float expected = bucket == TWICE_COUNTED_A || bucket == TWICE_COUNTED_B ? TWICE : ONCE;
      assertEquals(expected, features.get(bucket), 1e-6f, "bucket " + bucket);
    }
  }

  @Test
  void sparseAddsAnInputOfOneForEachKeywordArea() {
    Map<Integer, Float> expected = asMap(featurizer.features(SENTENCE));
    int dims = FeaturizerConfig.defaults().dimensions();
    expected.put(dims + 0, 1f); // telecom: الاتصالات
    expected.put(dims + 1, 1f); // ai: الذكاء الاصطناعي
    assertEquals(expected, asMap(featurizer.sparse(SENTENCE)));
  }

  @Test
  void fillWritesTheSparseInputsIntoADenseRow() {
    float[] row = new float[FeaturizerConfig.defaults().inputSize()];
    featurizer.fill(SENTENCE, row);
    float[] expected = new float[row.length];
    asMap(featurizer.sparse(SENTENCE)).forEach((i, v) -> expected[i] = v);
    assertArrayEquals(expected, row);
  }

  @Test
  void countsOfOneTextDoNotCarryIntoTheNext() {
    Map<Integer, Float> alone = asMap(new AreaFeaturizer(FeaturizerConfig.defaults()).features(SENTENCE));
    featurizer.features("دو کشور درباره صادرات گاز و نفت خام گفتگو کردند.");
    assertEquals(alone, asMap(featurizer.features(SENTENCE)));
  }

  @Test
  void aTextWithoutWordsHasNoFeatures() {
    assertEquals(0, featurizer.features("2025 - 15.").size());
    assertEquals(0, featurizer.features("").size());
  }

  /** The vector as index -> value, failing on a repeated index. */
  private static Map<Integer, Float> asMap(SparseVector v) {
    Map<Integer, Float> map = new TreeMap<>();
    for (int i = 0; i < v.size(); i++) {
      assertNull(map.put(v.indices()[i], v.values()[i]), "index " + v.indices()[i] + " twice");
    }
    return map;
  }
}
