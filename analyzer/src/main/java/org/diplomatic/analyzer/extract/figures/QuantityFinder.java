package org.diplomatic.analyzer.extract.figures;

import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Names what a figure measures when the text says it near the number: the person or counted noun with its adjective
 * ("زائر إيراني"، "مساجد عثمانية"), for a bare Persian count the noun after it ("۴۲ پایگاه"), and for money, percent and
 * measures a head noun before it with its modifiers ("حجم التبادل التجاري"، "صادرات گاز"). Best effort; null otherwise.
 */
final class QuantityFinder {
  private final FigureLexicon lexicon;

  QuantityFinder(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  String find(String text, List<FigureToken> tokens, FigureLexicon.UnitWord unit, int unitFrom, int unitTo,
      int counted, int before, int after, Language lang) {
    if (unit != null && "person".equals(unit.kind()) && unitFrom >= 0) {
      // "۲۳ نفر مرزبان ایرانی": a counter word names nothing; the noun after it does.
      if (unitTo - unitFrom == 1 && lexicon.isCue(lang, "classifier", tokens.get(unitFrom).key())
          && unitTo < tokens.size() && isNoun(tokens.get(unitTo), lang)) {
        return withAdjective(text, tokens, unitTo, unitTo + 1, lang);
      }
      return withAdjective(text, tokens, unitFrom, unitTo, lang);
    }
    if (counted >= 0) {
      return withAdjective(text, tokens, counted, counted + 1, lang);
    }
    if (unit == null && lang == Language.PERSIAN && after < tokens.size() && isNoun(tokens.get(after), lang)) {
      int from = after;
      if (lexicon.isCue(lang, "classifier", tokens.get(from).key()) && from + 1 < tokens.size()
          && isNoun(tokens.get(from + 1), lang)) {
        from++;
      }
      return withAdjective(text, tokens, from, from + 1, lang);
    }
    return unit == null ? null : headBefore(text, tokens, before, lang);
  }

  /** "بلغ حجم التبادل التجاري ... 20 مليار": a head noun up to eight tokens back and the words that qualify it. */
  private String headBefore(String text, List<FigureToken> tokens, int before, Language lang) {
    for (int h = before - 1; h >= 0 && h >= before - 8; h--) {
      FigureToken t = tokens.get(h);
      if (!t.isWord()) {
        return null;
      }
      if (lexicon.isCue(lang, "quantity_head", t.key())) {
        while (h > 0 && tokens.get(h - 1).isWord() && lexicon.isCue(lang, "quantity_head", tokens.get(h - 1).key())) {
          h--;
          t = tokens.get(h);
        }
        int end = h + 1;
        while (end < before && end < h + 4 && modifies(tokens.get(end), lang)) {
          end++;
        }
        return text.substring(t.start(), tokens.get(end - 1).end());
      }
    }
    return null;
  }

  private boolean modifies(FigureToken t, Language lang) {
    if (!isNoun(t, lang) || lexicon.number(lang, t.key()) != null
        || lexicon.qualifiersBefore(lang).matchAt(List.of(t), 0) != null) {
      return false;
    }
    return lang == Language.PERSIAN || t.text().startsWith("ال") || "غير".equals(t.key());
  }

  private String withAdjective(String text, List<FigureToken> tokens, int from, int to, Language lang) {
    int end = tokens.get(to - 1).end();
    if (to < tokens.size() && isNoun(tokens.get(to), lang) && isAdjective(tokens.get(to))) {
      end = tokens.get(to).end();
    }
    return text.substring(tokens.get(from).start(), end);
  }

  private boolean isNoun(FigureToken t, Language lang) {
    return t.isWord() && t.key().length() > 1 && !lexicon.isCue(lang, "stop", t.key())
        && lexicon.periods(lang).matchAt(List.of(t), 0) == null;
  }

  private static boolean isAdjective(FigureToken t) {
    String k = t.key();
    return k.endsWith("ي") || k.endsWith("يه") || k.endsWith("يا");
  }
}
