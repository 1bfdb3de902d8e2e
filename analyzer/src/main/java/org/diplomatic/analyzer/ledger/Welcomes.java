package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the welcome of a thing done in a sentence, from {@code welcome-cues.tsv}: an Arabic past verb of welcome or
 * praise followed within {@value #MOST_BETWEEN} words by ب and a verbal noun of a thing done (ورحب الجانبان بتشغيل
 * المركز), or in Persian از and such a noun in a sentence that ends in a welcome (طرفین از راه‌اندازی خط ... ابراز
 * رضایت کردند). The praise of an effort, a level or a relationship names no such noun and is no welcome here.
 */
final class Welcomes {
  /** At most this many words (the two sides, the minister) between the verb and the noun. */
  private static final int MOST_BETWEEN = 3;
  private static final String DONE = "done";
  private static final String REACH = "reach";
  /** What each folded noun says: {@value #DONE} or {@value #REACH}. */
  private final Map<String, String> arabicNouns = new HashMap<>();
  private final Map<String, String> persianNouns = new HashMap<>();
  private final Set<String> verbs = new HashSet<>();
  private FulfilmentCues closings;

  /**
   * The folded words of a welcome's cue (verb to noun, or از and the noun), and whether it welcomes a figure reached.
   */
  record Welcome(List<String> cue, boolean reached) {
    /** The cue as a table of one cue, so a statement's reported words are read past it as past any other cue. */
    FulfilmentCues asCues() {
      return FulfilmentCues.of(List.of(String.join(" ", cue)));
    }
  }

  private Welcomes() {}

  static Welcomes load() {
    Welcomes w = new Welcomes();
    List<String> closing = new ArrayList<>();
    for (String[] row : WordLists.rows("welcome-cues.tsv")) {
      String word = String.join(" ", FoldedWords.of(row[2]));
      switch (row[1]) {
        case "verb" -> w.verbs.add(word);
        case "closing" -> closing.add(row[2]);
        default -> ("fa".equals(row[0]) ? w.persianNouns : w.arabicNouns).put(word, row[1]);
      }
    }
    w.closings = FulfilmentCues.of(closing);
    return w;
  }

  /** The welcome of a thing done that {@code sentence} holds, or null. */
  Welcome in(String sentence) {
    List<String> words = FoldedWords.of(sentence);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (verbs.contains(w) || w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0 && verbs.contains(w.substring(1))) {
        for (int j = i + 1; j <= Math.min(words.size() - 1, i + MOST_BETWEEN + 1); j++) {
          String what = arabicNouns.get(withoutPreposition(words.get(j)));
          if (what != null) {
            return new Welcome(List.copyOf(words.subList(i, j + 1)), REACH.equals(what));
          }
        }
      }
      String what = "از".equals(w) && i + 1 < words.size() ? persianNouns.get(words.get(i + 1)) : null;
      if (what != null && closings.reportsDone(String.join(" ", words.subList(i + 2, words.size())))) {
        return new Welcome(List.copyOf(words.subList(i, i + 2)), REACH.equals(what));
      }
    }
    return null;
  }

  /** The word after its ب (and article): بتشغيل، بالتشغيل -> تشغيل; a word without ب names no welcomed thing. */
  private static String withoutPreposition(String word) {
    if (word.length() < 4 || word.charAt(0) != 'ب') {
      return "";
    }
    return word.startsWith("ال", 1) && word.length() > 5 ? word.substring(3) : word.substring(1);
  }
}
