package org.diplomatic.analyzer.extract.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases keyed by their folded tokens, matched longest first forwards from a token or backwards to a
 * token. A match is a value and the number of tokens it covers.
 */
final class PhraseTable<V> {
  /** A matched phrase: its value and how many tokens it spans. */
  record Match<V>(V value, int length) {}

  private static final PhraseTable<?> EMPTY = new PhraseTable<>();

  private final Map<String, V> phrases = new HashMap<>();
  private int longest;

  @SuppressWarnings("unchecked")
  static <V> PhraseTable<V> empty() {
    return (PhraseTable<V>) EMPTY;
  }

  void put(List<String> keys, V value) {
    if (keys.isEmpty()) {
      return;
    }
    phrases.putIfAbsent(String.join(" ", keys), value);
    longest = Math.max(longest, keys.size());
  }

  boolean containsSingle(String key) {
    return phrases.containsKey(key);
  }

  /** The value of a one-token phrase with folded {@code key}, or null. */
  V single(String key) {
    return phrases.get(key);
  }

  /** The longest phrase starting at token {@code from}, or null. */
  Match<V> matchAt(List<FigureToken> tokens, int from) {
    for (int n = Math.min(longest, tokens.size() - from); n >= 1; n--) {
      V v = phrases.get(join(tokens, from, from + n));
      if (v != null) {
        return new Match<>(v, n);
      }
    }
    return null;
  }

  /** The longest phrase ending just before token {@code end}, or null. */
  Match<V> matchBefore(List<FigureToken> tokens, int end) {
    for (int n = Math.min(longest, end); n >= 1; n--) {
      V v = phrases.get(join(tokens, end - n, end));
      if (v != null) {
        return new Match<>(v, n);
      }
    }
    return null;
  }

  private static String join(List<FigureToken> tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.get(from).key();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).key());
    }
    return sb.toString();
  }
}
