package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.List;

/** Finds a report that something promised is done in a sentence, from {@code fulfilment-cues.tsv}. */
final class FulfilmentCues {
  private final List<List<String>> cues = new ArrayList<>();

  private FulfilmentCues() {}

  static FulfilmentCues load() {
    FulfilmentCues c = new FulfilmentCues();
    WordLists.rows("fulfilment-cues.tsv").forEach(cells -> c.cues.add(FoldedWords.of(cells[1])));
    return c;
  }

  /** True when {@code sentence} holds a cue. */
  boolean reportsDone(String sentence) {
    List<String> words = FoldedWords.of(sentence);
    for (int i = 0; i < words.size(); i++) {
      for (List<String> cue : cues) {
        if (matchesAt(words, i, cue)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(List<String> words, int i, List<String> cue) {
    if (i + cue.size() > words.size()) {
      return false;
    }
    String first = words.get(i);
    boolean head = first.equals(cue.get(0))
        || (first.length() > cue.get(0).length() && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
            && first.substring(1).equals(cue.get(0)));
    if (!head) {
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
