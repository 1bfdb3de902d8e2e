package org.diplomatic.analyzer.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike two statements are in what they promise: the idf weight of the content words they share over the weight
 * of the lighter statement's words (Persian words already mapped to Arabic by {@link PersianToArabic}), so a rare
 * place or project name counts more than a common noun. Whole-text word vectors were tried and left out: on the dev
 * series their cosines are high for any two statements of one country pair and merged distinct promises.
 */
public final class ContentSimilarity {
  private static final int LEAST_SHARED_WORDS = 2;
  private final ObjectWords objects;
  private final Map<String, Double> idf = new HashMap<>();
  /** The words more than one weighed statement has. */
  private final Set<String> shared = new HashSet<>();
  /** Each weighed statement's distinct words and their total weight, computed once (linking compares often). */
  private final Map<Statement, Words> words = new java.util.IdentityHashMap<>();

  private record Words(Set<String> distinct, double weight) {}

  public ContentSimilarity() {
    this(new ContentTerms());
  }

  /** Reads the object words with {@code terms}, so a build that also reads statements loads the word lists once. */
  ContentSimilarity(ContentTerms terms) {
    this.objects = ObjectWords.load(terms);
  }

  /** Weighs content words by how few of {@code statements} have them (idf). */
  void weigh(List<Statement> statements) {
    Map<String, Integer> df = new HashMap<>();
    statements.forEach(s -> new HashSet<>(s.terms()).forEach(t -> df.merge(t, 1, Integer::sum)));
    idf.clear();
    shared.clear();
    df.forEach((t, n) -> {
      idf.put(t, Math.log(1 + statements.size() / (double) n));
      if (n > 1) {
        shared.add(t);
      }
    });
    words.clear();
  }

  /**
   * The weight of the shared words over the weight of the lighter statement's words, 0 to 1; 0 when they share only
   * one word: one word in common is chance (a newspaper's name, a city), however rare.
   */
  double of(Statement a, Statement b) {
    return of(a, b, LEAST_SHARED_WORDS);
  }

  /** As {@link #of(Statement, Statement)}, 0 when they share fewer than {@code leastWords} words. */
  double of(Statement a, Statement b, int leastWords) {
    if (a.terms().isEmpty() || b.terms().isEmpty()) {
      return 0;
    }
    Words wa = wordsOf(a);
    Words wb = wordsOf(b);
    double shared = 0;
    int words = 0;
    for (String t : wa.distinct()) {
      if (wb.distinct().contains(t)) {
        shared += weight(t);
        words++;
      }
    }
    double lighter = Math.min(wa.weight(), wb.weight());
    return lighter == 0 || words < leastWords ? 0 : shared / lighter;
  }

  /**
   * True when the two statements share a word that can name what is promised ({@link ObjectWords}): a place that
   * stands for a state and the generic words (build, joint, border) are in many of one relationship's promises.
   */
  boolean sharesAnObject(Statement a, Statement b) {
    Set<String> other = wordsOf(b).distinct();
    return wordsOf(a).distinct().stream().anyMatch(t -> other.contains(t) && objects.isObject(t));
  }

  private Words wordsOf(Statement s) {
    return words.computeIfAbsent(s, k -> {
      Set<String> distinct = new HashSet<>(k.terms());
      return new Words(distinct, distinct.stream().mapToDouble(this::weight).sum());
    });
  }

  /** True when more than one of the weighed statements has {@code term}. */
  boolean shared(String term) {
    return shared.contains(term);
  }

  double weight(String term) {
    return idf.getOrDefault(term, 1.0);
  }
}
