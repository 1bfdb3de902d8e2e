package org.diplomatic.analyzer.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Values keyed by folded words, each word also found without its proclitics ({@link FoldedWords#stripped}). */
final class FoldedKeys<V extends Comparable<V>> {
  private final Map<String, V> valueOf = new HashMap<>();

  /** Keys every word of {@code words} to {@code value}; a later entry wins. */
  void put(String words, V value) {
    for (String w : FoldedWords.of(words)) {
      valueOf.put(w, value);
      valueOf.put(FoldedWords.stripped(w), value);
    }
  }

  /** The value of one folded word (or of it without its proclitics), or null. */
  V get(String word) {
    return valueOf.getOrDefault(word, valueOf.get(FoldedWords.stripped(word)));
  }

  /** The values the words of {@code text} name, sorted. */
  Set<V> in(String text) {
    Set<V> values = new TreeSet<>();
    for (String w : FoldedWords.of(text)) {
      V value = get(w);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }
}
