package org.diplomatic.analyzer.search.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Maps Persian vectors onto the Arabic space with orthogonal Procrustes fitted on trusted anchors: the training part
 * of the seed lexicon, optionally the terms both vocabularies share once folded, then optionally VecMap-style
 * self-learning rounds that add mutual nearest neighbours among frequent words and refit. Terms in {@code excluded}
 * (the held-out lexicon) never serve as anchors. Both inputs must be normalized ({@link LanguageVectors#normalized}).
 */
public final class CrossLingualAligner {
  /**
   * @param lexicon use the seed lexicon's training pairs
   * @param sharedStrings use identical terms frequent in both languages
   * @param sharedMinCount corpus count a shared term needs in each language
   * @param sharedMaxRatio how far apart the two relative frequencies of a shared term may be (a factor)
   * @param sharedMinCosine with the lexicon: a shared term is kept only if the lexicon's map already brings its two
   *     vectors this close (cosine), which drops false friends such as Persian به (to) and Arabic به (with it)
   * @param iterations self-learning rounds
   * @param inductionVocabulary most frequent Persian words among which rounds look for pairs (twice as many Arabic)
   */
  public record Settings(boolean lexicon, boolean sharedStrings, int sharedMinCount, double sharedMaxRatio,
      double sharedMinCosine, int iterations, int inductionVocabulary) {
    /**
     * The lexicon alone, no rounds (shared strings, when asked for: 20 times in each language, frequencies within
     * x10, cosine 0.3; rounds among 4,000 words). In the joint model shared strings already share one vector.
     */
    public static Settings defaults() {
      return new Settings(true, false, 20, 10, 0.3, 0, 4000);
    }

    public Settings with(boolean useLexicon, boolean useShared, int rounds) {
      return new Settings(useLexicon, useShared, sharedMinCount, sharedMaxRatio, sharedMinCosine, rounds,
          inductionVocabulary);
    }

    public Settings withSharedMinCosine(double cosine) {
      return new Settings(lexicon, sharedStrings, sharedMinCount, sharedMaxRatio, cosine, iterations,
          inductionVocabulary);
    }
  }

  /** The map and the anchors it was last fitted on. */
  public record Result(ProcrustesAlignment map, int lexiconAnchors, int sharedAnchors, int inducedAnchors) {}

  private CrossLingualAligner() {}

  /** @param lexicon seed pairs as keys (Arabic, Persian) */
  public static Result align(LanguageVectors arabic, LanguageVectors persian, List<SeedLexicon.Pair> lexicon,
      Set<String> excluded, Settings settings) {
    Map<String, Integer> arabicRows = arabic.rows();
    Map<String, Integer> persianRows = persian.rows();
    // Persian row -> Arabic row; a later anchor for the same Persian word replaces none
    Map<Integer, Integer> seed = new LinkedHashMap<>();
    int lexiconAnchors = 0;
    if (settings.lexicon()) {
      for (SeedLexicon.Pair pair : lexicon) {
        Integer a = arabicRows.get(pair.arabic());
        Integer p = persianRows.get(pair.persian());
        if (a != null && p != null && seed.putIfAbsent(p, a) == null) {
          lexiconAnchors++;
        }
      }
    }
    int sharedAnchors = 0;
    ProcrustesAlignment verifier = seed.isEmpty() ? null : fit(arabic, persian, seed);
    if (settings.sharedStrings()) {
      long arabicTotal = total(arabic.counts());
      long persianTotal = total(persian.counts());
      for (int p = 0; p < persian.size(); p++) {
        String term = persian.terms().get(p);
        Integer a = arabicRows.get(term);
        if (a == null || excluded.contains(term)) {
          continue;
        }
        long arabicCount = arabic.counts()[a];
        long persianCount = persian.counts()[p];
        double ratio = ((double) arabicCount / arabicTotal) / ((double) persianCount / persianTotal);
        if (arabicCount >= settings.sharedMinCount() && persianCount >= settings.sharedMinCount()
            && ratio <= settings.sharedMaxRatio() && ratio >= 1 / settings.sharedMaxRatio()
            && (verifier == null || Vectors.dot(verifier.apply(persian.vectors()[p]), arabic.vectors()[a])
                >= settings.sharedMinCosine())
            && seed.putIfAbsent(p, a) == null) {
          sharedAnchors++;
        }
      }
    }
    if (seed.isEmpty()) {
      throw new IllegalArgumentException("no anchors: the two vocabularies share no lexicon pair or term");
    }
    ProcrustesAlignment map = fit(arabic, persian, seed);
    int induced = 0;
    for (int round = 0; round < settings.iterations(); round++) {
      Map<Integer, Integer> anchors = new LinkedHashMap<>(seed);
      induced = 0;
      for (int[] pair : mutualNearest(arabic, persian, map, settings.inductionVocabulary())) {
        boolean held = excluded.contains(persian.terms().get(pair[0]))
            || excluded.contains(arabic.terms().get(pair[1]));
        if (!held && anchors.putIfAbsent(pair[0], pair[1]) == null) {
          induced++;
        }
      }
      map = fit(arabic, persian, anchors);
    }
    return new Result(map, lexiconAnchors, sharedAnchors, induced);
  }

  private static long total(long[] counts) {
    long sum = 0;
    for (long count : counts) {
      sum += count;
    }
    return sum;
  }

  private static ProcrustesAlignment fit(LanguageVectors arabic, LanguageVectors persian, Map<Integer, Integer> pairs) {
    List<float[]> source = new ArrayList<>(pairs.size());
    List<float[]> target = new ArrayList<>(pairs.size());
    pairs.forEach((p, a) -> {
      source.add(persian.vectors()[p]);
      target.add(arabic.vectors()[a]);
    });
    return ProcrustesAlignment.fit(source, target);
  }

  /**
   * Pairs {Persian row, Arabic row} that are each other's best match under {@code map} by CSLS (Conneau et al. 2018:
   * twice the cosine less each side's mean cosine to its 10 nearest on the other side), which keeps "hub" words
   * that are near everything from pairing with everything.
   */
  private static List<int[]> mutualNearest(LanguageVectors arabic, LanguageVectors persian, ProcrustesAlignment map,
      int vocabulary) {
    int persianCount = Math.min(vocabulary, persian.size());
    int arabicCount = Math.min(2 * vocabulary, arabic.size());
    float[][] mapped = new float[persianCount][];
    for (int p = 0; p < persianCount; p++) {
      mapped[p] = map.apply(persian.vectors()[p]);
    }
    float[][] arabicRows = Arrays.copyOf(arabic.vectors(), arabicCount);
    double[] persianHub = IntStream.range(0, persianCount).parallel()
        .mapToDouble(p -> meanOfNearest(mapped[p], arabicRows)).toArray();
    double[] arabicHub = IntStream.range(0, arabicCount).parallel()
        .mapToDouble(a -> meanOfNearest(arabicRows[a], mapped)).toArray();
    int[] bestArabic = IntStream.range(0, persianCount).parallel()
        .map(p -> best(mapped[p], arabicRows, arabicHub)).toArray();
    int[] bestPersian = IntStream.range(0, arabicCount).parallel()
        .map(a -> best(arabicRows[a], mapped, persianHub)).toArray();
    List<int[]> pairs = new ArrayList<>();
    for (int p = 0; p < persianCount; p++) {
      if (bestPersian[bestArabic[p]] == p) {
        pairs.add(new int[] {p, bestArabic[p]});
      }
    }
    return pairs;
  }

  private static final int HUB_NEIGHBOURS = 10;

  private static double meanOfNearest(float[] query, float[][] rows) {
    double sum = 0;
    for (int row : AlignmentEvaluator.nearest(query, rows, HUB_NEIGHBOURS)) {
      sum += Vectors.dot(query, rows[row]);
    }
    return sum / HUB_NEIGHBOURS;
  }

  /** The row of {@code rows} with the best 2 cos - hub (the query's own hub term is the same for every row). */
  private static int best(float[] query, float[][] rows, double[] hub) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < rows.length; r++) {
      double score = 2 * Vectors.dot(query, rows[r]) - hub[r];
      if (score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    return best;
  }
}
