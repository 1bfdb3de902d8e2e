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
  /** The one-word cues by their word, the first listed of each: a word with an attached pronoun is matched to them. */
  private final java.util.Map<String, List<String>> single = new java.util.HashMap<>();

  /** Attached pronouns, longest first. */
  private static final String[] PRONOUNS = {"هما", "ها", "هم", "ه"};
  /** The shortest word a pronoun is cut from: شمله is no شمل + ه. */
  private static final int SHORTEST = 4;

  private FulfilmentCues() {}

  static FulfilmentCues load() {
    return load("fulfilment-cues.tsv");
  }

  /** The cues of {@code resource} (lang, words). */
  static FulfilmentCues load(String resource) {
    return of(WordLists.rows(resource).stream().map(cells -> cells[1]).toList());
  }

  /** The cues {@code phrases}, each matched as its folded words. */
  static FulfilmentCues of(List<String> phrases) {
    FulfilmentCues c = new FulfilmentCues();
    phrases.forEach(phrase -> {
      List<String> cue = FoldedWords.of(phrase);
      c.byHead.computeIfAbsent(cue.get(0), k -> new ArrayList<>()).add(cue);
      if (cue.size() == 1) {
        c.single.putIfAbsent(cue.get(0), cue);
      }
    });
    return c;
  }

  /** True when {@code sentence} holds a cue. */
  boolean reportsDone(String sentence) {
    return cueIn(sentence) != null;
  }

  /** The folded words of the first cue {@code sentence} holds, or null. */
  List<String> cueIn(String sentence) {
    List<String> words = FoldedWords.of(sentence);
    for (int i = 0; i < words.size(); i++) {
      String first = words.get(i);
      List<String> cue = anyAt(words, i, first);
      if (cue == null && first.length() > 1 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')) {
        cue = anyAt(words, i, first.substring(1));
      }
      if (cue != null) {
        return cue;
      }
    }
    return null;
  }

  /**
   * The cue that starts with {@code first} (the word at {@code i}, perhaps without its و/ف) and goes on there; a
   * one-word cue also as {@code first} without an attached pronoun (منذ إعادة افتتاحه).
   */
  private List<String> anyAt(List<String> words, int i, String first) {
    List<String> cue = anyAt(words, i, byHead.get(first));
    if (cue != null) {
      return cue;
    }
    String bare = withoutPronoun(first);
    return bare == null ? null : single.get(bare);
  }

  /** The one of {@code cues}, all of whose first word the word at {@code i} already is, that goes on there. */
  private static List<String> anyAt(List<String> words, int i, List<List<String>> cues) {
    if (cues != null) {
      for (List<String> cue : cues) {
        if (restMatchesAt(words, i, cue)) {
          return cue;
        }
      }
    }
    return null;
  }

  /** A cue's last word may carry an attached pronoun (تم افتتاحه، تم تسليمها). */
  private static boolean restMatchesAt(List<String> words, int i, List<String> cue) {
    if (i + cue.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < cue.size(); k++) {
      String w = words.get(i + k);
      if (!w.equals(cue.get(k)) && !(k == cue.size() - 1 && cue.get(k).equals(withoutPronoun(w)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word without an attached Arabic pronoun (ه، ها، هما، هم, folded), leaving at least {@value #SHORTEST} letters,
   * or null.
   */
  private static String withoutPronoun(String word) {
    for (String p : PRONOUNS) {
      if (word.endsWith(p) && word.length() - p.length() >= SHORTEST) {
        return word.substring(0, word.length() - p.length());
      }
    }
    return null;
  }
}
