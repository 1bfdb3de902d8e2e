package org.diplomatic.analyzer.extract.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, for one document, which state's currency a bare name means ("دينار" is IQD in a text about Iraq, KWD in
 * one about Kuwait): the candidate whose state the document names most often, else the first candidate. Built per
 * document; the folded text is made only when a bare name is met.
 */
final class CurrencyChoice {
  private static final String CLITICS = "وبلف";

  /** A currency a bare name may mean and the words that name its state. */
  record Candidate(String code, List<String> cues) {}

  private final Map<String, List<Candidate>> candidates;
  private final String text;
  private final Map<String, String> chosen = new HashMap<>();
  private String folded;

  CurrencyChoice(Map<String, List<Candidate>> candidates, String text) {
    this.candidates = candidates;
    this.text = text;
  }

  /** The currency code for a currency word with folded {@code key}, or {@code fallback} when it is not bare. */
  String resolve(String key, String fallback) {
    List<Candidate> options = candidates.get(key);
    if (options == null) {
      return fallback;
    }
    return chosen.computeIfAbsent(key, k -> best(options));
  }

  private String best(List<Candidate> options) {
    if (folded == null) {
      folded = FigureFolding.fold(text);
    }
    String best = options.get(0).code();
    int most = 0;
    for (Candidate c : options) {
      int n = 0;
      for (String cue : c.cues()) {
        n += occurrences(folded, cue);
      }
      if (n > most) {
        most = n;
        best = c.code();
      }
    }
    return best;
  }

  /** Whole-word occurrences, allowing one glued clitic before the word ("بالعراق"، "والكويت"). */
  private static int occurrences(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean rightOk = end >= text.length() || !FigureTokenizer.isLetter(text.charAt(end));
      boolean leftOk = at == 0 || !FigureTokenizer.isLetter(text.charAt(at - 1))
          || (CLITICS.indexOf(text.charAt(at - 1)) >= 0 && (at == 1 || !FigureTokenizer.isLetter(text.charAt(at - 2))));
      if (rightOk && leftOk) {
        n++;
      }
    }
    return n;
  }
}
