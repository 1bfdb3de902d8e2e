package org.diplomatic.analyzer.ledger;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How alike two statements are in what they promise: the idf weight of the content words they share over the weight
 * of the lighter statement's words (Persian words already mapped to Arabic by {@link PersianToArabic}), so a rare
 * place or project name counts more than a common noun. The weights are a fixed table ({@link WordWeights}), so
 * adding documents to a ledger never changes how alike two statements already linked are. Whole-text word vectors
 * were tried and left out: on the dev series their cosines are high for any two statements of one country pair and
 * merged distinct promises.
 */
public final class ContentSimilarity {
  private static final int LEAST_SHARED_WORDS = 2;
  /** Prepositions Arabic writes joined to a noun without the article (بدراسة، لمكمن); ال forms are stripped before. */
  private static final String JOINED_PREPOSITIONS = "بلك";
  private static final int SHORTEST_BARE_WORD = 3;
  private final ObjectWords objects;
  private final WordWeights weights;
  /** Each compared statement's distinct words and their total weight, computed once (linking compares often). */
  private final Map<Statement, Words> words = new java.util.IdentityHashMap<>();

  /**
   * Each statement's rare words by their {@link NameSounds} key: a name written in the other script (چابهار /
   * تشابهار) shares no letters but its sounds.
   */
  private record Words(Set<String> distinct, double weight, Map<String, String> rareByKey) {}

  /** A word seen in at most this many text units of the word weights may be a name, compared by its sounds too. */
  private static final int RAREST_COUNT = 100;
  private final NameSounds sounds = new NameSounds();

  public ContentSimilarity(WordWeights weights) {
    this(new ContentTerms(), weights);
  }

  /** Reads the object words with {@code terms}, so a build that also reads statements loads the word lists once. */
  ContentSimilarity(ContentTerms terms, WordWeights weights) {
    this.objects = ObjectWords.load(terms);
    this.weights = weights;
  }

  /** Forgets the words of the statements compared so far (a new linking starts). */
  void forget() {
    words.clear();
  }

  /**
   * {@code term} without a joined preposition: a word that starts with ب، ل or ك read as the word without that letter
   * when published news writes the shorter word more often (برفع / رفع، بدراسة / دراسة); a word that the stripping of
   * لل (للتعاون: ل + التعاون) cut from ل + a word starting with ل (للجنة: ل + لجنة) given back its ل on the same terms.
   * Whether a letter is a preposition is read from the counts of the word weights, not from the word alone (بحر،
   * بريد، كهرباء).
   */
  String withoutJoinedPreposition(String term) {
    int count = weights.count(term);
    if (term.length() > SHORTEST_BARE_WORD && JOINED_PREPOSITIONS.indexOf(term.charAt(0)) >= 0
        && weights.count(term.substring(1)) > count) {
      return term.substring(1);
    }
    String lam = FoldedWords.stem("ل" + term);
    return term.length() >= SHORTEST_BARE_WORD && weights.count(lam) > count ? lam : term;
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
    // most statements have no rare word: this loop must cost nothing then (linking compares very often)
    if (!wa.rareByKey().isEmpty() && !wb.rareByKey().isEmpty()) {
      for (Map.Entry<String, String> e : wa.rareByKey().entrySet()) {
        String other = wb.rareByKey().get(e.getKey());
        if (other != null && !other.equals(e.getValue()) && !wa.distinct().contains(other)
            && !wb.distinct().contains(e.getValue())) {
          shared += Math.min(weight(e.getValue()), weight(other));
          words++;
        }
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
    Map<String, String> otherRare = wordsOf(b).rareByKey();
    return wordsOf(a).distinct().stream().anyMatch(t -> other.contains(t) && objects.isObject(t))
        || wordsOf(a).rareByKey().entrySet().stream()
            .anyMatch(e -> otherRare.containsKey(e.getKey()) && objects.isObject(e.getValue()));
  }

  private Words wordsOf(Statement s) {
    return words.computeIfAbsent(s, k -> {
      Set<String> distinct = new java.util.LinkedHashSet<>();
      k.terms().forEach(t -> distinct.add(withoutJoinedPreposition(t)));
      Map<String, String> rare = new java.util.HashMap<>();
      for (String t : distinct) {
        String key = weights.count(t) <= RAREST_COUNT ? sounds.keyOf(t) : null;
        if (key != null) {
          rare.putIfAbsent(key, t);
        }
      }
      return new Words(distinct, distinct.stream().mapToDouble(this::weight).sum(), rare);
    });
  }

  double weight(String term) {
    return weights.weight(term);
  }
}
