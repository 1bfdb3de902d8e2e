package org.diplomatic.analyzer.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The ranks from the second on that a text names ({@code ordinal-words.tsv}): a second line, the third session. */
final class Ordinals {
  private final Map<String, Integer> rankOf = new HashMap<>();

  private Ordinals() {}

  static Ordinals load() {
    Ordinals o = new Ordinals();
    WordLists.rows("ordinal-words.tsv").forEach(c -> FoldedWords.of(c[1]).forEach(w -> {
      o.rankOf.put(w, Integer.parseInt(c[2].strip()));
      o.rankOf.put(FoldedWords.stripped(w), Integer.parseInt(c[2].strip()));
    }));
    return o;
  }

  /** The ranks {@code text} names, sorted. */
  Set<Integer> in(String text) {
    Set<Integer> ranks = new TreeSet<>();
    for (String w : FoldedWords.of(text)) {
      Integer rank = rankOf.getOrDefault(w, rankOf.get(FoldedWords.stripped(w)));
      if (rank != null) {
        ranks.add(rank);
      }
    }
    return ranks;
  }
}
