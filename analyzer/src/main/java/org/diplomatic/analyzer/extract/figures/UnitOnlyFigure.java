package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * A unit word that is a figure with no number before it: a dual (يومين، شهرين، شخصين، أسبوعين = 14 days, also
 * definite: الأسبوعين) and a singular duration with a fraction after it ("ساعة ونصف" = 1.5 hours). Also reads the
 * fraction after a duration of a counted figure ("3 ساعات ونصف"، "دو ساعت و نیم").
 */
final class UnitOnlyFigure {
  /** A fraction after a duration word ("ونصف"، "و نیم") and how many tokens it covers. */
  record Fraction(BigDecimal value, int length) {}

  /** A figure found at a unit word and the token to continue from. */
  record Found(Figure figure, int next) {}

  private static final String DEFINITE = "ال";

  private final FigureLexicon lexicon;
  private final QualifierReader qualifiers;

  UnitOnlyFigure(FigureLexicon lexicon, QualifierReader qualifiers) {
    this.lexicon = lexicon;
    this.qualifiers = qualifiers;
  }

  /** The figure a unit word at token {@code i} makes on its own, or null. */
  Found at(String text, List<FigureToken> tokens, int i, int sentence, Language lang) {
    FigureToken t = tokens.get(i);
    if (!t.isWord()) {
      return null;
    }
    FigureLexicon.UnitWord u = singleWord(tokens, i, lang);
    if (u == null) {
      return null;
    }
    BigDecimal count = BigDecimal.valueOf(u.count());
    int next = i + 1;
    if (u.count() == 0) {
      Fraction f = "duration".equals(u.kind()) && !t.key().startsWith(DEFINITE) ? fractionAfter(tokens, next, u, lang)
          : null;
      if (f == null) {
        return null;
      }
      count = BigDecimal.ONE.add(f.value());
      next += f.length();
    } else {
      Fraction f = "duration".equals(u.kind()) ? fractionAfter(tokens, next, u, lang) : null;
      if (f != null) {
        count = count.add(f.value());
        next += f.length();
      }
    }
    PhraseTable.Match<FigureLexicon.Qualifier> qb = qualifiers.before(tokens, i, lang);
    int end = tokens.get(next - 1).end();
    Figure figure = new Figure(text.substring(t.start(), end), u.factor().multiply(count).doubleValue(), null, null,
        u.unit(), null, qb == null ? null : qb.value().qualifier(), null, sentence, t.start(), end);
    return new Found(figure, next);
  }

  /** "ونصف"، "و نصف"، "وربع" / "و نیم" at token {@code k}, after a duration {@code unit}, or null. */
  Fraction fractionAfter(List<FigureToken> tokens, int k, FigureLexicon.UnitWord unit, Language lang) {
    if (k >= tokens.size() || !tokens.get(k).isWord()) {
      return null;
    }
    String key = tokens.get(k).key();
    if ("و".equals(key) && k + 1 < tokens.size() && tokens.get(k + 1).isWord()) {
      BigDecimal v = fraction(tokens.get(k + 1).key(), lang);
      return v == null ? null : new Fraction(v, 2);
    }
    if (lang == Language.ARABIC && key.length() > 2 && key.charAt(0) == 'و') {
      BigDecimal v = fraction(key.substring(1), lang);
      // "خمسة أعوام ونصف العام": the half may repeat the duration with the article; "خمسة أشهر ونصف اليوم
      // الجمعة" is five months and a half, then "today".
      return v == null ? null : new Fraction(v, definiteDuration(tokens, k + 1, unit) ? 2 : 1);
    }
    return null;
  }

  private boolean definiteDuration(List<FigureToken> tokens, int i, FigureLexicon.UnitWord unit) {
    if (i >= tokens.size() || !tokens.get(i).isWord() || !tokens.get(i).key().startsWith(DEFINITE)) {
      return false;
    }
    FigureLexicon.UnitWord u = lexicon.units(Language.ARABIC).single(tokens.get(i).key().substring(DEFINITE.length()));
    return u != null && "duration".equals(u.kind()) && u.count() == 0 && u.unit().equals(unit.unit())
        && u.factor().compareTo(unit.factor()) == 0;
  }

  private BigDecimal fraction(String key, Language lang) {
    FigureLexicon.NumberWord w = lexicon.number(lang, key);
    return w != null && "fraction".equals(w.kind()) ? w.value() : null;
  }

  /** A one-word unit at {@code i}: a dual or a singular duration, also after the Arabic article. */
  private FigureLexicon.UnitWord singleWord(List<FigureToken> tokens, int i, Language lang) {
    PhraseTable.Match<FigureLexicon.UnitWord> m = lexicon.units(lang).matchAt(tokens, i);
    if (m != null) {
      return m.length() == 1 ? m.value() : null;
    }
    String key = tokens.get(i).key();
    if (lang == Language.ARABIC && key.startsWith(DEFINITE) && key.length() > 4) {
      FigureLexicon.UnitWord u = lexicon.units(lang).single(key.substring(DEFINITE.length()));
      return u != null && u.count() > 0 ? u : null;
    }
    return null;
  }
}
