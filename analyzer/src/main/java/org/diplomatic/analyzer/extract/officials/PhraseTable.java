package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Multi-word lexicon entries over folded tokens, each with an optional value; finds the longest entry at a position. */
final class PhraseTable {
  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  private final Map<String, String> values = new HashMap<>();

  /** Adds a phrase given as folded tokens. */
  void add(List<String> foldedTokens, String value) {
    if (foldedTokens.isEmpty()) {
      return;
    }
    String[] words = foldedTokens.toArray(String[]::new);
    List<String[]> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(words);
    list.sort((a, b) -> Integer.compare(b.length, a.length));
    values.putIfAbsent(String.join(" ", words), value);
  }

  /** Length in tokens of the longest entry starting at {@code i}, 0 if none. */
  int longestAt(List<String> folded, int i) {
    return i < 0 || i >= folded.size() ? 0 : longestAt(folded, i, folded.get(i));
  }

  /** As {@link #longestAt(List, int)} with the word at {@code i} read as {@code first} (a clitic taken off). */
  int longestAt(List<String> folded, int i, String first) {
    if (i < 0 || i >= folded.size()) {
      return 0;
    }
    for (String[] words : byFirst.getOrDefault(first, List.of())) {
      if (matches(folded, i + 1, words, 1)) {
        return words.length;
      }
    }
    return 0;
  }

  /** Length of the longest entry ending just before {@code end}, 0 if none. */
  int longestEndingAt(List<String> folded, int end) {
    int best = 0;
    for (int start = Math.max(0, end - 4); start < end; start++) {
      for (String[] words : byFirst.getOrDefault(folded.get(start), List.of())) {
        if (start + words.length == end && matches(folded, start + 1, words, 1)) {
          best = Math.max(best, words.length);
        }
      }
    }
    return best;
  }

  /** The value of the entry of {@code length} tokens at {@code i}. */
  String valueAt(List<String> folded, int i, int length) {
    return values.get(String.join(" ", folded.subList(i, i + length)));
  }

  /** As {@link #valueAt(List, int, int)} with the word at {@code i} read as {@code first}. */
  String valueAt(List<String> folded, int i, int length, String first) {
    return values.get(length == 1 ? first : first + " " + String.join(" ", folded.subList(i + 1, i + length)));
  }

  boolean contains(String foldedWord) {
    return values.containsKey(foldedWord);
  }

  /** True when {@code words[from..]} are the folded words at {@code i..}. */
  private static boolean matches(List<String> folded, int i, String[] words, int from) {
    if (i + words.length - from > folded.size()) {
      return false;
    }
    for (int k = from; k < words.length; k++) {
      if (!folded.get(i + k - from).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
