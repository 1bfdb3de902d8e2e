package org.diplomatic.analyzer.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.Language;

/**
 * Gives a bare scaled amount the unit the text leaves out: "در سال ۹۷ بیش از ۷۱ میلیارد و در سال گذشته ۱۶۲ میلیارد
 * تومان" (the toman of the next amount), "462 مليون برميل ... مقارنة مع 383 مليونا" (the barrel of the amount before),
 * "۶۰ میلیارد نیز ..." after a sentence about tomans. Only an amount that ends in its scale word and that no noun
 * follows takes a unit: from the nearest amount with a currency or measure in its sentence, else a currency from the
 * two sentences before.
 */
final class CarriedUnit {
  private static final Set<String> MEASURES = Set.of("barrel", "ton", "cubic_meter", "kWh", "MW", "GW", "kg", "km");
  private static final String TOMAN = "تومان";
  private static final double SCALED = 1e6;

  private final FigureLexicon lexicon;

  CarriedUnit(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Figure> apply(String text, List<Figure> figures, Language lang) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      // Persian counts of transactions and the like reach millions with nothing after them; money reaches billions.
      double least = lang == Language.PERSIAN ? SCALED * 1000 : SCALED;
      if (f.unit() != null || amount(f) < least || !endsInScale(f, lang) || !nothingCountedAfter(text, f, lang)) {
        continue;
      }
      Figure source = nearestInSentence(figures, i);
      if (source == null) {
        source = currencyBefore(figures, i);
      }
      if (source != null) {
        out.set(i, withUnit(f, source));
      }
    }
    return out;
  }

  private static double amount(Figure f) {
    return f.value() != null ? f.value() : f.max() != null ? f.max() : 0;
  }

  private static boolean carries(Figure f) {
    String u = f.unit();
    return u != null && (MEASURES.contains(u) || (u.length() == 3 && Character.isUpperCase(u.charAt(0))));
  }

  private static Figure nearestInSentence(List<Figure> figures, int i) {
    int sentence = figures.get(i).sentence();
    for (int d = 1; d < figures.size(); d++) {
      for (int j : new int[] {i - d, i + d}) {
        if (j >= 0 && j < figures.size() && figures.get(j).sentence() == sentence && carries(figures.get(j))) {
          return figures.get(j);
        }
      }
    }
    return null;
  }

  private static Figure currencyBefore(List<Figure> figures, int i) {
    int sentence = figures.get(i).sentence();
    for (int j = i - 1; j >= 0 && figures.get(j).sentence() >= sentence - 2; j--) {
      Figure g = figures.get(j);
      if (g.sentence() < sentence && carries(g) && !MEASURES.contains(g.unit())) {
        return g;
      }
    }
    return null;
  }

  private boolean endsInScale(Figure f, Language lang) {
    List<FigureToken> tokens = FigureTokenizer.tokenize(f.text());
    FigureToken last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    FigureLexicon.NumberWord w = last != null && last.isWord() ? lexicon.number(lang, last.key()) : null;
    return w != null && "scale".equals(w.kind());
  }

  /** Whether punctuation, the end or a function word (و، في، نیز، از ...) follows the amount. */
  private boolean nothingCountedAfter(String text, Figure f, Language lang) {
    List<FigureToken> after = FigureTokenizer.tokenize(text, f.end(), Math.min(text.length(), f.end() + 40));
    if (after.isEmpty() || !after.get(0).isWord()) {
      return true;
    }
    String key = after.get(0).key();
    return lexicon.isCue(lang, "stop", key) || lexicon.isCue(lang, "range_to", key);
  }

  private static Figure withUnit(Figure f, Figure source) {
    double factor = "IRR".equals(source.unit()) && source.text().contains(TOMAN) ? 10 : 1;
    return new Figure(f.text(), scale(f.value(), factor), scale(f.min(), factor), scale(f.max(), factor),
        source.unit(), f.period(), f.qualifier(), f.quantity(), f.sentence(), f.start(), f.end());
  }

  private static Double scale(Double v, double factor) {
    return v == null ? null : v * factor;
  }
}
