package org.diplomatic.analyzer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {
  private static final double[] HUNDRED = new double[100];

  static {
    // 100, 99, ..., 1: unsorted on purpose
    for (int i = 0; i < 100; i++) {
      HUNDRED[i] = 100 - i;
    }
  }

  @ParameterizedTest
  @CsvSource({"50, 50", "99, 99", "100, 100", "1, 1", "0.5, 1", "99.5, 100", "90, 90"})
  void nearestRankOfOneToHundred(double p, double expected) {
    assertEquals(expected, Percentiles.of(HUNDRED, p));
  }

  @Test
  void nearestRankOfFewSamplesRoundsUp() {
    double[] five = {15, 20, 35, 40, 50};
    assertEquals(35, Percentiles.of(five, 50));
    assertEquals(50, Percentiles.of(five, 99));
    assertEquals(20, Percentiles.of(five, 40));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Percentiles.median(new double[] {5, 1, 3}));
    assertEquals(2.5, Percentiles.median(new double[] {4, 1, 3, 2}));
    assertEquals(7.0, Percentiles.median(new double[] {7}));
  }

  @Test
  void leavesTheSamplesUnsorted() {
    double[] samples = {3, 1, 2};
    Percentiles.median(samples);
    Percentiles.of(samples, 50);
    assertArrayEquals(new double[] {3, 1, 2}, samples);
  }

  @Test
  void rejectsNoSamplesAndPercentilesOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0], 50));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.median(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.of(HUNDRED, 0));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.of(HUNDRED, 101));
  }
}
