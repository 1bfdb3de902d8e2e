package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link LogisticPairScorer} to labelled pairs ({@link LedgerEvaluator#pairExamples}): L2-regularised logistic
 * regression by Newton's method (a handful of features, a few thousand pairs: exact and quick, no learning rate).
 */
final class PairScorerTrainer {
  /** One labelled pair. */
  record Example(double[] x, boolean joined) {}

  /** Weight of the L2 penalty (not on the bias): keeps rare flags from taking extreme weights. */
  private static final double RIDGE = 1.0;
  private static final int ITERATIONS = 30;
  private final List<Example> examples = new ArrayList<>();

  void add(PairFeatures f, boolean joined) {
    examples.add(new Example(f.vector(), joined));
  }

  void addAll(PairScorerTrainer other) {
    examples.addAll(other.examples);
  }

  int size() {
    return examples.size();
  }

  long positives() {
    return examples.stream().filter(Example::joined).count();
  }

  LogisticPairScorer fit() {
    int d = PairFeatures.NAMES.size() + 1;
    double[] w = new double[d];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (Example e : examples) {
        double[] x = withBias(e.x());
        double z = 0;
        for (int i = 0; i < d; i++) {
          z += w[i] * x[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = (e.joined() ? 1 : 0) - p;
        double v = p * (1 - p);
        for (int i = 0; i < d; i++) {
          g[i] += r * x[i];
          for (int j = 0; j < d; j++) {
            h[i][j] += v * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        g[i] -= RIDGE * w[i];
        h[i][i] += RIDGE;
      }
      h[0][0] += 1e-6;
      double[] step = solve(h, g);
      double size = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        size = Math.max(size, Math.abs(step[i]));
      }
      if (size < 1e-8) {
        break;
      }
    }
    return new LogisticPairScorer(w[0], java.util.Arrays.copyOfRange(w, 1, d));
  }

  private static double[] withBias(double[] x) {
    double[] b = new double[x.length + 1];
    b[0] = 1;
    System.arraycopy(x, 0, b, 1, x.length);
    return b;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is positive definite). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
