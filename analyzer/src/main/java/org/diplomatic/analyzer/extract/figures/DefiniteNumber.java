package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * An Arabic number word with the article before its unit ("خلال العشرين سنة المقبلة" = 20 years, "حول الخمسين
 * دولاراً" = 50 USD). After a definite
 * plural ("الأشهر الثلاثة الأولى"، "العواصم الثلاث") the real gold marks it only now and then, so that reading is left
 * out. Words that are numbers only in context, scales and the day names (الاثنين) stay out.
 */
final class DefiniteNumber {
  private static final String DEFINITE = "ال";

  private final FigureLexicon lexicon;

  DefiniteNumber(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The figure a definite number word at {@code i} makes, or null. */
  UnitOnlyFigure.Found at(String text, List<FigureToken> tokens, int i, int sentence, Language lang) {
    FigureToken t = tokens.get(i);
    if (lang != Language.ARABIC || !t.isWord() || !t.key().startsWith(DEFINITE) || t.key().length() < 5) {
      return null;
    }
    FigureLexicon.NumberWord w = lexicon.number(lang, t.key().substring(DEFINITE.length()));
    if (w == null || w.ambiguous() || w.value().compareTo(BigDecimal.valueOf(3)) < 0
        || !("unit".equals(w.kind()) || "ten".equals(w.kind()) || "tens".equals(w.kind()))) {
      return null;
    }
    PhraseTable.Match<FigureLexicon.UnitWord> after = i + 1 < tokens.size()
        ? lexicon.units(lang).matchAt(tokens, i + 1) : null;
    if (after != null && after.value().count() == 0) {
      int end = tokens.get(i + after.length()).end();
      return figure(text, t, end, w.value().multiply(after.value().factor()), after.value(), sentence,
          i + 1 + after.length());
    }
    return null;
  }

  private static UnitOnlyFigure.Found figure(String text, FigureToken t, int end, BigDecimal value,
      FigureLexicon.UnitWord unit, int sentence, int next) {
    String code = unit == null || "-".equals(unit.unit()) ? null : unit.unit();
    Figure f = new Figure(text.substring(t.start(), end), value.doubleValue(), null, null, code, null, null, null,
        sentence, t.start(), end);
    return new UnitOnlyFigure.Found(f, next);
  }
}
