package org.diplomatic.analyzer.extract.officials;

import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Trims the everyday words an Arabic name-finder mention ran into: an adverb or accusative at its end ("نجوغونا
 * تقريرا"، "دراغانوف حاليا منصب"), a noun or place behind a glued ل ("عبد الله البدري لموسكو"), a verb or noun
 * glued to و at its start ("ورفع العمري"). Works on the mention's folded words; needs the lexicon's common, name
 * and country words.
 */
final class ArabicMentionEdges {
  private final OfficialsLexicon lex;

  ArabicMentionEdges(OfficialsLexicon lex) {
    this.lex = lex;
  }

  /** The end of the name in {@code folded[start, end)} once everyday words at its end are cut off. */
  int end(List<String> folded, int start, int end) {
    int cut = end;
    // a rare word after the adverb ("رفائيل كوريا دلجادو") shows the name goes on
    for (int k = end - 1; k > start && (adverbOrObject(folded, k) || everyday(folded.get(k))); k--) {
      cut = adverbOrObject(folded, k) ? k : cut;
    }
    return cut;
  }

  /** The start of the name in {@code folded[start, end)}: past a first word glued to و that is everyday text. */
  int start(List<String> folded, int start, int end) {
    return end - start > 1 && gluedAndEveryday(folded.get(start)) ? start + 1 : start;
  }

  /** True when the one word at {@code i} is no name at all ("للصحفيين"). */
  boolean noName(List<String> folded, int i) {
    return adverbOrObject(folded, i);
  }

  /**
   * An indefinite accusative or adverb written without its tanween ("تقريرا"، "حاليا"; not a country's name such as
   * "كوريا"), or a noun or place behind a glued ل ("لمقر"، "لموسكو"، "للصحفيين"); no name list knows it. A glued ب
   * proves less: names start with it ("بادي" is no "ب" + "أدى").
   */
  private boolean adverbOrObject(List<String> folded, int i) {
    String f = folded.get(i);
    if (lex.isNameWord(Language.ARABIC, f) || f.length() < 4) {
      return false;
    }
    String rest = f.startsWith("\u0644\u0644") ? "\u0627" + f.substring(1) : f.substring(1);
    boolean adverb = lex.isCommonWord(Language.ARABIC, f) && f.endsWith("\u0627") && !f.endsWith("\u0627\u0627")
        && lex.countries(Language.ARABIC).longestAt(folded, i) == 0;
    return adverb || f.charAt(0) == '\u0644' && rest.length() >= 3 && !lex.isNameWord(Language.ARABIC, rest)
        && (lex.isCommonWord(Language.ARABIC, rest) || lex.countries(Language.ARABIC).longestAt(folded, i, rest) > 0);
  }

  private boolean everyday(String f) {
    return lex.isCommonWord(Language.ARABIC, f) && !lex.isNameWord(Language.ARABIC, f);
  }

  /** A word glued to و whose rest is everyday text ("ورفع"، "وحضوره"); not the article ("والموارد"). */
  private boolean gluedAndEveryday(String f) {
    return f.length() > 3 && f.charAt(0) == '\u0648' && !f.startsWith("\u0648\u0627\u0644")
        && !lex.isNameWord(Language.ARABIC, f) && !lex.isNameWord(Language.ARABIC, f.substring(1))
        && everyday(f.substring(1));
  }
}
