package org.diplomatic.analyzer.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * Persian content words to the Arabic word of the same meaning (نفت -> نفط، برق -> كهرباء), so an Arabic and a Persian
 * wording of one promise share words. Reads the hand-written Arabic-Persian seed lexicon of search by meaning
 * ({@code search/semantic/seed-lexicon.tsv}); both sides folded and clitic-stripped as {@link FoldedWords} does.
 */
final class PersianToArabic {
  private static final String LEXICON = "/org/diplomatic/analyzer/search/semantic/seed-lexicon.tsv";
  private final Map<String, String> arabic = new HashMap<>();

  private PersianToArabic() {}

  static PersianToArabic load() {
    PersianToArabic p = new PersianToArabic();
    for (String[] cells : WordLists.rows(LEXICON)) {
      if (cells.length < 2) {
        continue;
      }
      String ar = FoldedWords.stripped(String.join(" ", FoldedWords.of(cells[0])));
      String fa = FoldedWords.stripped(String.join(" ", FoldedWords.of(cells[1])));
      if (!ar.equals(fa)) {
        p.arabic.putIfAbsent(fa, ar);
      }
    }
    return p;
  }

  /** The Arabic word for {@code folded} when it is a Persian word of the lexicon, else the word itself. */
  String arabicOf(String folded) {
    return arabic.getOrDefault(folded, folded);
  }
}
