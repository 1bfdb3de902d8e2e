package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a report that something promised is done in a sentence, from {@code fulfilment-cues.tsv}; or, with
 * {@code reach-cues.tsv}, that a quantity reached a figure.
 */
final class FulfilmentCues {
  /** The cues by their first word: a sentence is read once, whatever the number of cues. */
  private final java.util.Map<String, List<List<String>>> byHead = new java.util.HashMap<>();

  private FulfilmentCues() {}

  static FulfilmentCues load() {
    return load("fulfilment-cues.tsv");
  }

  /** The cues of {@code resource} (lang, words). */
  static FulfilmentCues load(String resource) {
    FulfilmentCues c = new FulfilmentCues();
    WordLists.rows(resource).forEach(cells -> {
      List<String> cue = FoldedWords.of(cells[1]);
      c.byHead.computeIfAbsent(cue.get(0), k -> new ArrayList<>()).add(cue);
    });
    return c;
  }

  /** True when {@code sentence} holds a cue. */
  boolean reportsDone(String sentence) {
    List<String> words = FoldedWords.of(sentence);
    for (int i = 0; i < words.size(); i++) {
      String first = words.get(i);
      if (anyAt(words, i, byHead.get(first))) {
        return true;
      }
      if (first.length() > 1 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
          && anyAt(words, i, byHead.get(first.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  /** True when one of {@code cues}, all of whose first word the word at {@code i} already is, goes on there. */
  private static boolean anyAt(List<String> words, int i, List<List<String>> cues) {
    if (cues != null) {
      for (List<String> cue : cues) {
        if (restMatchesAt(words, i, cue)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean restMatchesAt(List<String> words, int i, List<String> cue) {
    if (i + cue.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < cue.size(); k++) {
      if (!words.get(i + k).equals(cue.get(k))) {
        return false;
      }
    }
    return true;
  }
}
