package org.diplomatic.analyzer.search.semantic;

import java.util.List;

/**
 * The orthogonal map W that best carries source vectors onto their paired target vectors (orthogonal Procrustes,
 * Schönemann 1966): W minimizes the sum of |x W - y|² over the pairs and is U Vᵀ for the singular value
 * decomposition U S Vᵀ of Xᵀ Y. The decomposition is one-sided Jacobi in plain Java (the matrix is only
 * dimension x dimension), so mapping needs no linear-algebra library.
 */
public final class ProcrustesAlignment {
  private static final int MAX_SWEEPS = 60;
  private static final double TOLERANCE = 1e-12;

  private final double[][] w;

  private ProcrustesAlignment(double[][] w) {
    this.w = w;
  }

  /** The map fitted on pairs {@code source.get(i)} -> {@code target.get(i)}. */
  public static ProcrustesAlignment fit(List<float[]> source, List<float[]> target) {
    if (source.size() != target.size() || source.isEmpty()) {
      throw new IllegalArgumentException(source.size() + " source and " + target.size() + " target vectors");
    }
    int dim = source.get(0).length;
    double[][] m = new double[dim][dim];
    for (int k = 0; k < source.size(); k++) {
      float[] x = source.get(k);
      float[] y = target.get(k);
      for (int i = 0; i < dim; i++) {
        for (int j = 0; j < dim; j++) {
          m[i][j] += (double) x[i] * y[j];
        }
      }
    }
    return new ProcrustesAlignment(polarFactor(m));
  }

  public static ProcrustesAlignment identity(int dim) {
    double[][] w = new double[dim][dim];
    for (int i = 0; i < dim; i++) {
      w[i][i] = 1;
    }
    return new ProcrustesAlignment(w);
  }

  /** {@code x W}. */
  public float[] apply(float[] x) {
    int dim = w.length;
    float[] y = new float[dim];
    for (int j = 0; j < dim; j++) {
      double sum = 0;
      for (int i = 0; i < dim; i++) {
        sum += x[i] * w[i][j];
      }
      y[j] = (float) sum;
    }
    return y;
  }

  /** Row i, column j of W. */
  public double at(int i, int j) {
    return w[i][j];
  }

  /**
   * U Vᵀ of M = U S Vᵀ. One-sided Jacobi rotates pairs of columns of A (a copy of M) until they are orthogonal,
   * accumulating the rotations in V; then A = U S, so U is A with unit columns.
   */
  private static double[][] polarFactor(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][];
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i] = m[i].clone();
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      boolean rotated = false;
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          double alpha = 0;
          double beta = 0;
          double gamma = 0;
          for (int i = 0; i < n; i++) {
            alpha += a[i][p] * a[i][p];
            beta += a[i][q] * a[i][q];
            gamma += a[i][p] * a[i][q];
          }
          if (Math.abs(gamma) <= TOLERANCE * Math.sqrt(alpha * beta)) {
            continue;
          }
          rotated = true;
          double zeta = (beta - alpha) / (2 * gamma);
          double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
          if (zeta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(1 + t * t);
          double s = c * t;
          rotate(a, p, q, c, s);
          rotate(v, p, q, c, s);
        }
      }
      if (!rotated) {
        break;
      }
    }
    double[][] w = new double[n][n];
    for (int k = 0; k < n; k++) {
      double norm = 0;
      for (int i = 0; i < n; i++) {
        norm += a[i][k] * a[i][k];
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        double u = a[i][k] / norm;
        for (int j = 0; j < n; j++) {
          w[i][j] += u * v[j][k];
        }
      }
    }
    return w;
  }

  private static void rotate(double[][] x, int p, int q, double c, double s) {
    for (double[] row : x) {
      double xp = row[p];
      double xq = row[q];
      row[p] = c * xp - s * xq;
      row[q] = s * xp + c * xq;
    }
  }
}
