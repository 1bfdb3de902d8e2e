package org.diplomatic.analyzer.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses a ranking by terms and a ranking by meaning into one: reciprocal rank fusion (Cormack et al. 2009: each
 * list adds 1 / (k + rank)) or a linear mix of the similarity and the BM25 score divided by the best one. Each fused
 * entry remembers which list it came from, so a hit can say why it matched.
 */
public final class RankFusion {
  /** The constant of reciprocal rank fusion, the paper's. */
  public static final int RRF_K = 60;

  /** One entry of a ranked list: a key (a document) and its score in that list. */
  public record Scored<T>(T key, double score) {}

  /** One fused entry: the key, its fused score, and whether the terms, the meaning or both found it. */
  public record Fused<T>(T key, double score, boolean terms, boolean meaning) {}

  private RankFusion() {}

  /** Reciprocal rank fusion of two lists, best first; ties keep the order in which keys were first seen. */
  public static <T> List<Fused<T>> reciprocalRank(List<Scored<T>> lexical, List<Scored<T>> semantic, int k) {
    Map<T, double[]> scores = new LinkedHashMap<>();
    for (int i = 0; i < lexical.size(); i++) {
      scores.computeIfAbsent(lexical.get(i).key(), x -> new double[3])[0] += 1.0 / (k + i + 1);
      scores.get(lexical.get(i).key())[1] = 1;
    }
    for (int i = 0; i < semantic.size(); i++) {
      scores.computeIfAbsent(semantic.get(i).key(), x -> new double[3])[0] += 1.0 / (k + i + 1);
      scores.get(semantic.get(i).key())[2] = 1;
    }
    return sorted(scores);
  }

  /**
   * {@code weight} x similarity + (1 - weight) x BM25 / best BM25 of the list; a key missing from a list scores 0
   * there.
   */
  public static <T> List<Fused<T>> linear(List<Scored<T>> lexical, List<Scored<T>> semantic, double weight) {
    double best = lexical.stream().mapToDouble(Scored::score).max().orElse(1);
    Map<T, double[]> scores = new LinkedHashMap<>();
    for (Scored<T> s : lexical) {
      double[] v = scores.computeIfAbsent(s.key(), x -> new double[3]);
      v[0] += (1 - weight) * s.score() / best;
      v[1] = 1;
    }
    for (Scored<T> s : semantic) {
      double[] v = scores.computeIfAbsent(s.key(), x -> new double[3]);
      v[0] += weight * s.score();
      v[2] = 1;
    }
    return sorted(scores);
  }

  /** The ranking by meaning alone, with its scores; an entry also found by terms says so. */
  public static <T> List<Fused<T>> meaningOnly(List<Scored<T>> lexical, List<Scored<T>> semantic) {
    java.util.Set<T> byTerms = new java.util.HashSet<>();
    lexical.forEach(s -> byTerms.add(s.key()));
    return semantic.stream().map(s -> new Fused<>(s.key(), s.score(), byTerms.contains(s.key()), true)).toList();
  }

  private static <T> List<Fused<T>> sorted(Map<T, double[]> scores) {
    List<Fused<T>> out = new ArrayList<>();
    scores.forEach((key, v) -> out.add(new Fused<>(key, v[0], v[1] > 0, v[2] > 0)));
    out.sort(Comparator.comparingDouble((Fused<T> f) -> f.score()).reversed());
    return out;
  }
}
