package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Token;

/**
 * Mends the edges of a Persian name-finder mention: the first half of a compound given name written apart is taken
 * back in ("قدرت | الله طمیمیان"), and the place of an agency's dateline is left out ("به گزارش خبرگزاری فارس از
 * ماکو | کوجی هاندا"); needs the document text, returns the mention itself when nothing applies.
 */
final class PersianMentionEdges {
  /** How far back the word before a mention and the dateline's "گزارش" are looked for. */
  private static final int LOOKBEHIND = 60;
  private static final int DATELINE_WORDS = 6;
  private static final String FROM = MatchFold.fold("از");
  private static final String REPORT = MatchFold.fold("گزارش");
  private final OfficialsLexicon lex;
  private final NameTokenizer tokenizer = new NameTokenizer();

  PersianMentionEdges(OfficialsLexicon lex) {
    this.lex = lex;
  }

  PersonMention mend(String text, PersonMention m) {
    List<Token> inside = tokenizer.tokenize(text, m.start(), m.end());
    if (inside.isEmpty()) {
      return m;
    }
    List<Token> before = tokenizer.tokenize(text, Math.max(0, m.start() - LOOKBEHIND), m.start());
    Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
    String first = MatchFold.fold(inside.get(0).text());
    if (lex.isCompoundSecond(first) && previous != null && Character.isLetter(previous.text().charAt(0))
        && !lex.isStopWord(Language.PERSIAN, MatchFold.fold(previous.text()))) {
      return new PersonMention(text.substring(previous.start(), m.end()), previous.start(), m.end());
    }
    List<String> words = new ArrayList<>(before.stream().map(t -> MatchFold.fold(t.text())).toList());
    words.add(first);
    if (inside.size() > 1 && datelinePlace(words, words.size() - 1)) {
      int start = inside.get(1).start();
      return new PersonMention(text.substring(start, m.end()), start, m.end());
    }
    return m;
  }

  /**
   * True when folded word {@code i} is the place of an agency's dateline: it follows "از" with "گزارش" a few words
   * before ("به گزارش خبرگزاری فارس از ماکو").
   */
  static boolean datelinePlace(List<String> folded, int i) {
    if (i < 2 || !folded.get(i - 1).equals(FROM)) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - 1 - DATELINE_WORDS); k--) {
      if (folded.get(k).equals(REPORT)) {
        return true;
      }
    }
    return false;
  }
}
