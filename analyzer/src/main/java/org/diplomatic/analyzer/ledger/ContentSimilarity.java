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
  /** Prepositions Arabic writes joined to a noun without the article (بدراسة، لمكمن); ال forms are stripped before. */
  private static final String JOINED_PREPOSITIONS = "بلك";
  private static final int SHORTEST_BARE_WORD = 3;
  private final ObjectWords objects;
  private final Map<String, Double> idf = new HashMap<>();
  /** Words written with a joined preposition, to the word without it where a weighed statement has that word. */
  private final Map<String, String> bare = new HashMap<>();
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

  /**
   * Weighs content words by how few of {@code statements} have them (idf), after reading a word that starts with ب، ل
   * or ك as the word without that letter when another statement has the shorter word (برفع / رفع، لمكمن / مكمن):
   * whether the letter is a preposition is known from the words of the ledger, not from the word alone (بحر، كهرباء).
   */
  void weigh(List<Statement> statements) {
    Set<String> vocabulary = new HashSet<>();
    statements.forEach(s -> vocabulary.addAll(s.terms()));
    bare.clear();
    for (String t : vocabulary) {
      String lam = FoldedWords.stem("ل" + t);
      if (t.length() > SHORTEST_BARE_WORD && JOINED_PREPOSITIONS.indexOf(t.charAt(0)) >= 0
          && vocabulary.contains(t.substring(1))) {
        bare.put(t, t.substring(1));
      } else if (t.length() >= SHORTEST_BARE_WORD && !vocabulary.contains("ل" + t) && vocabulary.contains(lam)) {
        // للجنة is ل + لجنة, which the stripping of لل (للتعاون: ل + التعاون) cut to جنة
        bare.put(t, lam);
      }
    }
    words.clear();
    Map<String, Integer> df = new HashMap<>();
    statements.forEach(s -> wordsOf(s).distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
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

  /** The statement's distinct content words as this similarity compares them (a joined preposition dropped). */
  Set<String> termsOf(Statement s) {
    return wordsOf(s).distinct();
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
      Set<String> distinct = new java.util.LinkedHashSet<>();
      k.terms().forEach(t -> distinct.add(bare.getOrDefault(t, t)));
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
