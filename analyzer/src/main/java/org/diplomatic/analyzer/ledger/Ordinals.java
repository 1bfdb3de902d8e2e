package org.diplomatic.analyzer.ledger;

import java.util.Set;

/** The ranks from the second on that a text names ({@code ordinal-words.tsv}): a second line, the third session. */
final class Ordinals {
  private final FoldedKeys<Integer> rankOf = new FoldedKeys<>();

  private Ordinals() {}

  static Ordinals load() {
    Ordinals o = new Ordinals();
    WordLists.rows("ordinal-words.tsv").forEach(c -> o.rankOf.put(c[1], Integer.parseInt(c[2].strip())));
    return o;
  }

  /** The ranks {@code text} names, sorted. */
  Set<Integer> in(String text) {
    return rankOf.in(text);
  }
}
