package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * The words of a text folded for matching (alef, yeh, kaf and teh marbuta variants unified, diacritics and ZWNJ
 * dropped), in order; a word without its Arabic proclitics (و، ف، ب، ل، ك and the article ال); and a word without
 * its plural, nisba and feminine suffixes.
 */
final class FoldedWords {
  private static final TextNormalizer FOLDING = TextNormalizer.folding();
  private static final char ZWNJ = '\u200C';
  private static final char PEH = '\u067E';
  private static final char TCHEH = '\u0686';
  private static final char JEH = '\u0698';
  private static final char GAF = '\u06AF';
  private static final char BEH = '\u0628';
  private static final char JEEM = '\u062C';
  private static final char ZAIN = '\u0632';
  private static final char KAF = '\u0643';
  /**
   * Suffixes in folded spelling, in the order they are tried (after Lucene's ArabicStemmer, without its ان, which
   * ends too many names: ایران، عمان), and Persian های / ها.
   */
  private static final String[] SUFFIXES = {"هاي", "ها", "ات", "ون", "ين", "يه", "ه", "ي"};
  private static final int SHORTEST_STEM = 3;

  private FoldedWords() {}

  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    String folded = FOLDING.apply(text);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c != ZWNJ && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * The word with the four letters Arabic lacks as Arabic writes them in names: پ ب, چ ج, ژ ز, گ ك (پارس جنوبی /
   * بارس الجنوبي, گنبد / كنبد); ک and ی are already folded.
   */
  static String arabicLetters(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      b.append(switch (c) {
        case PEH -> BEH;
        case TCHEH -> JEEM;
        case JEH -> ZAIN;
        case GAF -> KAF;
        default -> c;
      });
    }
    return b.toString();
  }

  /** The word without a leading و/ف, then ب/ل/ك, then ال (or the ل of لل); kept whole when two letters would remain. */
  static String stripped(String word) {
    String w = word;
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      w = w.substring(1);
    }
    if (w.startsWith("لل") && w.length() > 4) {
      return w.substring(2);
    }
    if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')
        && w.startsWith("ال", 1)) {
      w = w.substring(1);
    }
    if (w.startsWith("ال") && w.length() > 4) {
      w = w.substring(2);
    }
    return w;
  }

  /**
   * The folded word without its plural, nisba and feminine suffixes, each tried once in turn, keeping at least three
   * letters, so that singular, plural and adjective meet: عراقيه، عراقي -> عراق; رحلات، رحله -> رحل; مرزي -> مرز.
   */
  static String stem(String word) {
    String w = word;
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= SHORTEST_STEM) {
        w = w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
