package org.diplomatic.analyzer.extract.names;

import java.util.Arrays;

/**
 * Flat word classes of a class-bigram model (Martin, Liermann and Ney's exchange algorithm, as in Clark's and
 * mkcls's clusterers): every word starts in class {@code rank % k} and moves, in frequency order, to the class that
 * most raises the likelihood {@code sum N(c,d) log N(c,d) - sum N(c) log N(c) - sum N(d) log N(d)}; a few passes.
 * Needs the distinct bigrams of a corpus over word ids 0..words-1 (ids in frequency order); deterministic.
 */
final class ExchangeClustering {
  private final int words;
  private final int k;
  // word-level bigrams as adjacency lists: successors and predecessors with counts
  private final int[] succStart;
  private final int[] succ;
  private final int[] succCount;
  private final int[] predStart;
  private final int[] pred;
  private final int[] predCount;
  private final long[] leftCount;
  private final long[] rightCount;
  private final int[] selfCount;

  private final int[] cls;
  private final long[] pairs; // k x k class bigram counts
  private final long[] left; // class counts as the first word of a bigram
  private final long[] right;

  /**
   * {@code bigrams} holds distinct (first, second) pairs as {@code first * words + second}, sorted ascending;
   * {@code counts} their counts.
   */
  ExchangeClustering(int words, int k, long[] bigrams, int[] counts) {
    this.words = words;
    this.k = k;
    int n = bigrams.length;
    succStart = new int[words + 1];
    predStart = new int[words + 1];
    leftCount = new long[words];
    rightCount = new long[words];
    selfCount = new int[words];
    for (int i = 0; i < n; i++) {
      int a = (int) (bigrams[i] / words);
      int b = (int) (bigrams[i] % words);
      succStart[a + 1]++;
      predStart[b + 1]++;
      leftCount[a] += counts[i];
      rightCount[b] += counts[i];
      if (a == b) {
        selfCount[a] = counts[i];
      }
    }
    for (int w = 0; w < words; w++) {
      succStart[w + 1] += succStart[w];
      predStart[w + 1] += predStart[w];
    }
    succ = new int[n];
    succCount = new int[n];
    pred = new int[n];
    predCount = new int[n];
    int[] sFill = Arrays.copyOf(succStart, words);
    int[] pFill = Arrays.copyOf(predStart, words);
    for (int i = 0; i < n; i++) {
      int a = (int) (bigrams[i] / words);
      int b = (int) (bigrams[i] % words);
      succ[sFill[a]] = b;
      succCount[sFill[a]++] = counts[i];
      pred[pFill[b]] = a;
      predCount[pFill[b]++] = counts[i];
    }
    cls = new int[words];
    pairs = new long[k * k];
    left = new long[k];
    right = new long[k];
    for (int w = 0; w < words; w++) {
      cls[w] = w % k;
    }
    for (int w = 0; w < words; w++) {
      left[cls[w]] += leftCount[w];
      right[cls[w]] += rightCount[w];
      for (int j = succStart[w]; j < succStart[w + 1]; j++) {
        pairs[cls[w] * k + cls[succ[j]]] += succCount[j];
      }
    }
  }

  /** Runs {@code passes} passes (or until no word moves) and returns each word's class. */
  int[] run(int passes, java.io.PrintStream log) {
    long[] toClass = new long[k]; // counts of (w, class d), w's self pair left out
    long[] fromClass = new long[k]; // counts of (class c, w)
    int[] nzTo = new int[k];
    int[] nzFrom = new int[k];
    for (int pass = 0; pass < passes; pass++) {
      long started = System.nanoTime();
      int moved = 0;
      for (int w = 0; w < words; w++) {
        if (leftCount[w] + rightCount[w] == 0) {
          continue;
        }
        int nTo = 0;
        for (int j = succStart[w]; j < succStart[w + 1]; j++) {
          if (succ[j] != w) {
            int d = cls[succ[j]];
            if (toClass[d] == 0) {
              nzTo[nTo++] = d;
            }
            toClass[d] += succCount[j];
          }
        }
        int nFrom = 0;
        for (int j = predStart[w]; j < predStart[w + 1]; j++) {
          if (pred[j] != w) {
            int c = cls[pred[j]];
            if (fromClass[c] == 0) {
              nzFrom[nFrom++] = c;
            }
            fromClass[c] += predCount[j];
          }
        }
        int self = selfCount[w];
        int a = cls[w];
        move(a, toClass, nzTo, nTo, fromClass, nzFrom, nFrom, self, leftCount[w], rightCount[w], -1);
        int best = a;
        double bestGain = gain(a, toClass, nzTo, nTo, fromClass, nzFrom, nFrom, self, leftCount[w], rightCount[w]);
        for (int b = 0; b < k; b++) {
          double g = gain(b, toClass, nzTo, nTo, fromClass, nzFrom, nFrom, self, leftCount[w], rightCount[w]);
          if (g > bestGain + 1e-9) {
            bestGain = g;
            best = b;
          }
        }
        move(best, toClass, nzTo, nTo, fromClass, nzFrom, nFrom, self, leftCount[w], rightCount[w], 1);
        if (best != a) {
          cls[w] = best;
          moved++;
        }
        for (int i = 0; i < nTo; i++) {
          toClass[nzTo[i]] = 0;
        }
        for (int i = 0; i < nFrom; i++) {
          fromClass[nzFrom[i]] = 0;
        }
      }
      if (log != null) {
        log.printf("  k=%d pass %d: %d words moved, %.1f s%n", k, pass + 1, moved,
            (System.nanoTime() - started) / 1e9);
      }
      if (moved == 0) {
        break;
      }
    }
    return cls.clone();
  }

  /** Adds ({@code sign} 1) or removes (-1) a word's counts to or from class {@code b}. */
  private void move(int b, long[] toClass, int[] nzTo, int nTo, long[] fromClass, int[] nzFrom, int nFrom,
      int self, long l, long r, int sign) {
    for (int i = 0; i < nTo; i++) {
      pairs[b * k + nzTo[i]] += sign * toClass[nzTo[i]];
    }
    for (int i = 0; i < nFrom; i++) {
      pairs[nzFrom[i] * k + b] += sign * fromClass[nzFrom[i]];
    }
    pairs[b * k + b] += (long) sign * self;
    left[b] += sign * l;
    right[b] += sign * r;
  }

  /** Change of the likelihood if the word (already taken out of every class) joins class {@code b}. */
  private double gain(int b, long[] toClass, int[] nzTo, int nTo, long[] fromClass, int[] nzFrom, int nFrom,
      int self, long l, long r) {
    double g = 0;
    int row = b * k;
    for (int i = 0; i < nTo; i++) {
      int d = nzTo[i];
      if (d != b) {
        long n = pairs[row + d];
        g += xlogx(n + toClass[d]) - xlogx(n);
      }
    }
    for (int i = 0; i < nFrom; i++) {
      int c = nzFrom[i];
      if (c != b) {
        long n = pairs[c * k + b];
        g += xlogx(n + fromClass[c]) - xlogx(n);
      }
    }
    long bb = pairs[row + b];
    g += xlogx(bb + toClass[b] + fromClass[b] + self) - xlogx(bb);
    g -= xlogx(left[b] + l) - xlogx(left[b]);
    g -= xlogx(right[b] + r) - xlogx(right[b]);
    return g;
  }

  private static final double[] SMALL = new double[1 << 16];

  static {
    for (int i = 1; i < SMALL.length; i++) {
      SMALL[i] = i * Math.log(i);
    }
  }

  private static double xlogx(long n) {
    return n < SMALL.length ? SMALL[(int) n] : n * Math.log(n);
  }
}
