package org.diplomatic.analyzer.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ranks from the second on that a text names ({@code ordinal-words.tsv}): a second line, the third session, the
 * fourteenth session (الدورة الرابعة عشرة: an Arabic ordinal and a word that adds ten).
 */
final class Ordinals {
  private static final int FIRST_RANKED = 2;
  private final FoldedKeys<Integer> rankOf = new FoldedKeys<>();
  /** The words that add to the rank of the ordinal before them (عشرة: +10), folded. */
  private final Map<String, Integer> added = new HashMap<>();

  private Ordinals() {}

  static Ordinals load() {
    Ordinals o = new Ordinals();
    WordLists.rows("ordinal-words.tsv").forEach(c -> {
      String rank = c[2].strip();
      if (rank.startsWith("+")) {
        FoldedWords.of(c[1]).forEach(w -> o.added.put(w, Integer.parseInt(rank.substring(1))));
      } else {
        o.rankOf.put(c[1], Integer.parseInt(rank));
      }
    });
    return o;
  }

  /** The ranks {@code text} names, sorted. */
  Set<Integer> in(String text) {
    Set<Integer> ranks = new TreeSet<>();
    List<String> words = FoldedWords.of(text);
    for (int i = 0; i < words.size(); i++) {
      Integer rank = rankOf.get(words.get(i));
      if (rank == null) {
        continue;
      }
      Integer plus = i + 1 < words.size() ? added.get(words.get(i + 1)) : null;
      if (plus != null) {
        rank += plus;
        i++;
      }
      if (rank >= FIRST_RANKED) {
        ranks.add(rank);
      }
    }
    return ranks;
  }
}
