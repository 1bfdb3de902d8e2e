package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Meetings and signings: promises of an act that happens once on a day (hold the next session, sign the memorandum)
 * and the words that report it done ({@code event-cues.tsv}), which fulfil only a promise of the same act
 * ({@code event-words.tsv}). A report of a signing is no report that the project signed for is built.
 */
final class Events {
  static final String MEETING = "meeting";
  private final Map<String, FulfilmentCues> cues = new LinkedHashMap<>();
  private final Map<String, String> actOfWord = new HashMap<>();

  private Events() {}

  static Events load() {
    Events e = new Events();
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    WordLists.rows("event-cues.tsv").forEach(c -> phrases.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c[2]));
    phrases.forEach((act, list) -> e.cues.put(act, FulfilmentCues.of(list)));
    WordLists.rows("event-words.tsv").forEach(c -> FoldedWords.of(c[2]).forEach(w -> {
      e.actOfWord.put(w, c[1]);
      e.actOfWord.put(FoldedWords.stripped(w), c[1]);
    }));
    return e;
  }

  /** The act {@code sentence} reports done, with the folded words of its cue, or null. */
  Reported reportedIn(String sentence) {
    for (Map.Entry<String, FulfilmentCues> e : cues.entrySet()) {
      List<String> cue = e.getValue().cueIn(sentence);
      if (cue != null) {
        return new Reported(e.getKey(), cue);
      }
    }
    return null;
  }

  /** The acts {@code text} promises (meeting, signing), sorted; none for most promises. */
  Set<String> promisedIn(String text) {
    Set<String> acts = new TreeSet<>();
    for (String w : FoldedWords.of(text)) {
      String act = actOfWord.getOrDefault(w, actOfWord.get(FoldedWords.stripped(w)));
      if (act != null) {
        acts.add(act);
      }
    }
    return acts;
  }

  /** An act reported done and the words that say so. */
  record Reported(String act, List<String> cue) {}
}
