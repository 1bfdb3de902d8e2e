package org.diplomatic.analyzer.extract.officials;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * An OpenNLP perceptron's feature weights in two flat arrays: an open-addressing table of 64-bit feature
 * fingerprints and, per slot, one weight per outcome (0 where the feature has none). OpenNLP keeps them as a
 * {@code HashMap<String, Context>}, where one look-up touches some seven scattered objects; here it touches two
 * arrays. Adding a weight of +0.0 leaves every sum unchanged, so the scores equal the perceptron's bit for bit.
 * Fingerprints of the model's own features are checked for collisions when the table is built; a feature outside
 * the model is mistaken for one inside it with probability about 2^-64 per look-up. Immutable, thread-safe.
 */
final class PerceptronWeights {
  private static final long EMPTY = 0L;

  private final int outcomes;
  private final int mask;
  private final long[] keys;
  private final double[] weights;

  /** The weights of a perceptron model; an {@link IllegalArgumentException} for any other kind of model. */
  @SuppressWarnings("unchecked")
  static PerceptronWeights of(AbstractModel perceptron) {
    if (!isPerceptron(perceptron)) {
      throw new IllegalArgumentException("not a perceptron model: " + perceptron.getModelType());
    }
    return new PerceptronWeights((Map<String, Context>) perceptron.getDataStructures()[1], perceptron.getNumOutcomes());
  }

  static boolean isPerceptron(Object model) {
    return model instanceof AbstractModel m && m.getModelType() == AbstractModel.ModelType.Perceptron;
  }

  PerceptronWeights(Map<String, Context> features, int outcomes) {
    this.outcomes = outcomes;
    int capacity = Integer.highestOneBit(Math.max(4, features.size() * 3)) * 2; // load factor under 0.34
    this.mask = capacity - 1;
    this.keys = new long[capacity];
    this.weights = new double[capacity * outcomes];
    for (Map.Entry<String, Context> e : features.entrySet()) {
      long key = fingerprint(e.getKey());
      int slot = slot(key);
      if (keys[slot] == key) {
        throw new IllegalStateException("two features share a fingerprint: " + e.getKey());
      }
      keys[slot] = key;
      int[] active = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      for (int a = 0; a < active.length; a++) {
        weights[slot * outcomes + active[a]] = params[a];
      }
    }
  }

  /** Adds the feature's weight for each outcome to {@code scores}; a feature the model lacks adds nothing. */
  void addTo(String feature, double[] scores) {
    long key = fingerprint(feature);
    int slot = slot(key);
    if (keys[slot] == key) {
      int base = slot * outcomes;
      for (int o = 0; o < outcomes; o++) {
        scores[o] += weights[base + o];
      }
    }
  }

  /** The feature's slot if present, else the empty slot where it would go (linear probing). */
  private int slot(long key) {
    int i = (int) key & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** A 64-bit hash of the characters, never {@link #EMPTY}. */
  static long fingerprint(String s) {
    long h = 0x9E3779B97F4A7C15L ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 29;
    }
    h ^= h >>> 33; // murmur3's final mix
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1L : h;
  }
}
