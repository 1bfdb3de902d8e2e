package org.diplomatic.analyzer.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Span;

/**
 * Splits a sentence into candidate clauses at ؛ ; and at a comma or " و" that opens a new clause with a
 * commitment cue (، كما / ، فيما / و + cue word, see {@link #OPENERS}). Offsets are relative to the sentence.
 */
final class ClauseSplitter {
  private static final String[] WAW_WORDS = {"وزير", "وزارة", "وزراء", "وفد", "وكيل", "وكالة", "ولي العهد", "والي"};
  /**
   * Besides ، كما / ، فيما / و and semicolons: a participle that goes on reporting (، مشدداً على ضرورة ...، مؤكداً أن
   * ...) and a second future joined without a comma (... وسيتم نقله). Not على أن, whose condition the corpus keeps
   * with the act it binds ("اقترح الجانب العراقي إعداد دليل ...، على أن يعرض على الجانب السعودي").
   */
  private static final java.util.regex.Pattern RELATIVE_OPENING =
      java.util.regex.Pattern.compile("^\\s*و?(?:التي|الذي|الذين|اللتين|اللذين)\\s");
  private static final String[] OPENERS = {"، كما ", "، فيما ", ", كما ", ", فيما ", "، و", ", و", "؛ ", "; ", " و ", "، مشدد", "، مؤكد", "، مشير", "، منوه", "، مضيف", " وسيتم ", " وسوف "};

  /**
   * Whether a clause is a relative clause cut off after ، و ("والتي يبلغ الحد الأدنى للاستثمارات فيها ..."): it
   * describes what the clause before names, and is no commitment of its own.
   */
  static boolean relative(String clause) {
    return RELATIVE_OPENING.matcher(clause).find();
  }

  List<Span> split(String sentence) {
    List<Integer> cuts = new ArrayList<>();
    for (String opener : OPENERS) {
      int i = sentence.indexOf(opener);
      while (i > 0) {
        if (!opensTitle(sentence, i + opener.length() - 1)) {
          cuts.add(i + 1);
        }
        i = sentence.indexOf(opener, i + opener.length());
      }
    }
    cuts.sort(null);
    List<Span> clauses = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      if (cut - from >= 12) {
        clauses.add(trim(sentence, from, cut));
        from = cut;
      }
    }
    clauses.add(trim(sentence, from, sentence.length()));
    clauses.removeIf(s -> s.length() == 0);
    return clauses;
  }

  /** An Arabic word of office that starts with و (وزير، وفد، وكيل) is no conjunction: "وقّع عن الجانب السوداني، وزير ...". */
  private static boolean opensTitle(String sentence, int at) {
    for (String word : WAW_WORDS) {
      if (sentence.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  private static Span trim(String s, int from, int to) {
    while (from < to && (Character.isWhitespace(s.charAt(from)) || "،,؛;".indexOf(s.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || "،,؛;".indexOf(s.charAt(to - 1)) >= 0)) {
      to--;
    }
    return new Span(from, to);
  }
}
