package org.diplomatic.analyzer.extract.names;

import java.util.function.Predicate;

/**
 * Arabic proclitics written onto a word: a conjunction (و، ف), then a preposition (ب، ل، ك), then the article
 * (ال; ل + ال is written لل). A word is stripped only down to a form the caller knows (a word seen in news), so
 * that names which merely begin with these letters (وليد، فهد، بلال) stay whole unless the rest is a known word.
 */
final class Proclitics {
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final char ALEF = '\u0627';
  private static final int MIN_REST = 3;

  private Proclitics() {}

  /** The longest-stripped known form of {@code word} without proclitics, or null when there is none. */
  static String strip(String word, Predicate<String> known) {
    String best = null;
    int i = 0;
    if (i < word.length() && (word.charAt(i) == WAW || word.charAt(i) == FEH)) {
      i++;
      best = candidate(word, i, known, best);
    }
    int afterConj = i;
    if (i < word.length() && (word.charAt(i) == BEH || word.charAt(i) == LAM || word.charAt(i) == KAF)) {
      boolean lam = word.charAt(i) == LAM;
      i++;
      best = candidate(word, i, known, best);
      if (lam && i < word.length() && word.charAt(i) == LAM) { // لل = ل + ال
        best = candidate(word, i + 1, known, best);
      }
    }
    if (startsWithArticle(word, i)) {
      best = candidate(word, i + 2, known, best);
    } else if (i != afterConj && startsWithArticle(word, afterConj)) {
      best = candidate(word, afterConj + 2, known, best);
    }
    return best;
  }

  private static boolean startsWithArticle(String word, int i) {
    return i + 1 < word.length() && word.charAt(i) == ALEF && word.charAt(i + 1) == LAM;
  }

  private static String candidate(String word, int from, Predicate<String> known, String best) {
    if (word.length() - from < MIN_REST) {
      return best;
    }
    String rest = word.substring(from);
    return known.test(rest) ? rest : best;
  }
}
