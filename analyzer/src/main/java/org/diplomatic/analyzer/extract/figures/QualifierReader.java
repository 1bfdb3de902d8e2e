package org.diplomatic.analyzer.extract.figures;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Reads the approximation or bound words before a figure ("نحو"، "بأكثر من"، "حدود") from {@code qualifiers.tsv},
 * also when an Arabic clitic is glued to their first word.
 */
final class QualifierReader {
  private static final String CLITICS = "وفبلك";

  private final FigureLexicon lexicon;

  QualifierReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The approximation or bound phrase ending just before token {@code b}, or null. */
  PhraseTable.Match<FigureLexicon.Qualifier> before(List<FigureToken> tokens, int b, Language lang) {
    if (b <= 0) {
      return null;
    }
    PhraseTable<FigureLexicon.Qualifier> table = lexicon.qualifiersBefore(lang);
    PhraseTable.Match<FigureLexicon.Qualifier> m = table.matchBefore(tokens, b);
    if (m != null || lang != Language.ARABIC) {
      return m;
    }
    // A clitic glued to the first word of the phrase (بنحو، وحوالي، بأكثر من).
    for (int len = 1; len <= 4 && len <= b; len++) {
      FigureToken head = tokens.get(b - len);
      String key = head.key();
      if (!head.isWord() || key.length() < 3 || CLITICS.indexOf(key.charAt(0)) < 0) {
        continue;
      }
      List<FigureToken> copy = new ArrayList<>(tokens.subList(b - len, b));
      copy.set(0, new FigureToken(head.kind(), head.text(), key.substring(1), head.start(), head.end(), null, false,
          false, 0, false, false, head.spaceBefore()));
      PhraseTable.Match<FigureLexicon.Qualifier> c = table.matchAt(copy, 0);
      if (c != null && c.length() == len) {
        return c;
      }
    }
    return null;
  }
}
