package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcrustesAlignmentTest {
  /** A rotation of 90 degrees about z. */
  private static final double[][] R = {{0, 1, 0}, {-1, 0, 0}, {0, 0, 1}};

  private static float[] times(float[] x, double[][] m) {
    float[] y = new float[x.length];
    for (int j = 0; j < x.length; j++) {
      for (int i = 0; i < x.length; i++) {
        y[j] += (float) (x[i] * m[i][j]);
      }
    }
    return y;
  }

  @Test
  void recoversTheRotationOfATinyRotatedSet() {
    List<float[]> source = List.of(new float[] {1, 0, 0}, new float[] {0, 2, 0}, new float[] {0, 0, 3},
        new float[] {1, 1, 1}, new float[] {-2, 0.5f, 1});
    List<float[]> target = new ArrayList<>();
    source.forEach(x -> target.add(times(x, R)));

    ProcrustesAlignment map = ProcrustesAlignment.fit(source, target);

    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(R[i][j], map.at(i, j), 1e-9, "W[" + i + "][" + j + "]");
      }
    }
    assertArrayEquals(new float[] {-0.5f, -2f, 1f}, map.apply(new float[] {-2, 0.5f, 1}), 1e-6f);
  }

  @Test
  void noisyPairsStillGiveAnOrthogonalMap() {
    List<float[]> source = List.of(new float[] {1, 0, 0}, new float[] {0, 1, 0}, new float[] {0, 0, 1},
        new float[] {1, 1, 0});
    List<float[]> target = List.of(new float[] {0.9f, 0.1f, 0}, new float[] {0, 1.2f, 0.1f},
        new float[] {0.1f, 0, 0.8f}, new float[] {1, 0.9f, 0});

    ProcrustesAlignment map = ProcrustesAlignment.fit(source, target);

    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double dot = 0;
        for (int k = 0; k < 3; k++) {
          dot += map.at(i, k) * map.at(j, k);
        }
        assertEquals(i == j ? 1 : 0, dot, 1e-9);
      }
    }
  }

  @Test
  void pairsOfUnequalCountAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ProcrustesAlignment.fit(List.of(new float[] {1, 0}), List.of()));
  }
}
