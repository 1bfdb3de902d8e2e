package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meetings and signings: promises of an act that happens once on a day (hold the next session, sign the memorandum)
 * and the words that report it done ({@code event-cues.tsv}), which fulfil only a promise of the same act
 * ({@code event-words.tsv}). A report of a signing is no report that the project signed for is built.
 */
final class Events {
  static final String MEETING = "meeting";
  private final Map<String, FulfilmentCues> cues = new LinkedHashMap<>();
  private final FoldedKeys<String> actOfWord = new FoldedKeys<>();

  private Events() {}

  static Events load() {
    Events e = new Events();
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    WordLists.rows("event-cues.tsv").forEach(c -> phrases.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c[2]));
    phrases.forEach((act, list) -> e.cues.put(act, FulfilmentCues.of(list)));
    WordLists.rows("event-words.tsv").forEach(c -> e.actOfWord.put(c[2], c[1]));
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
    return actOfWord.in(text);
  }

  /** An act reported done and the words that say so. */
  record Reported(String act, List<String> cue) {}
}
