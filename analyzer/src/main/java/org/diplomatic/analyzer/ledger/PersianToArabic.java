package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Persian content words to the Arabic word of the same meaning (نفت -> نفط، برق -> كهرباء), so an Arabic and a Persian
 * wording of one promise share words. Reads the hand-written Arabic-Persian seed lexicon of search by meaning
 * ({@code search/semantic/seed-lexicon.tsv}), then this package's {@code persian-arabic.tsv}; both sides folded,
 * clitic-stripped and stemmed as {@link FoldedWords} does, so a plural finds the entry of its singular (گذرگاه‌های ->
 * معبر).
 */
final class PersianToArabic {
  private static final String LEXICON = "/org/diplomatic/analyzer/search/semantic/seed-lexicon.tsv";
  private final Map<String, String> arabic = new HashMap<>();

  private PersianToArabic() {}

  static PersianToArabic load() {
    PersianToArabic p = new PersianToArabic();
    List<String[]> rows = new ArrayList<>(WordLists.rows(LEXICON));
    rows.addAll(WordLists.rows("persian-arabic.tsv"));
    for (String[] cells : rows) {
      if (cells.length < 2) {
        continue;
      }
      String ar = FoldedWords.stem(FoldedWords.stripped(String.join(" ", FoldedWords.of(cells[0]))));
      String fa = FoldedWords.stem(FoldedWords.stripped(String.join(" ", FoldedWords.of(cells[1]))));
      if (!ar.equals(fa)) {
        p.arabic.putIfAbsent(fa, ar);
      }
    }
    return p;
  }

  /** The Arabic stem for {@code stem} when it is the stem of a Persian word of the lexicon, else the stem itself. */
  String arabicOf(String folded) {
    return arabic.getOrDefault(folded, folded);
  }
}
