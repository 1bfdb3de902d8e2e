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
  private static final double RESTATED_ROUNDING = 0.005;

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
      if (f.unit() != null || !nothingCountedAfter(text, f, lang)) {
        continue;
      }
      Figure source = null;
      if (amount(f) >= least && endsInScale(f, lang)) {
        // Carried units chain: "3 ملايين و324 ألفا" takes the riyal its neighbour took.
        source = nearestInSentence(out, i);
        source = source == null ? currencyBefore(out, i) : source;
      }
      source = source == null ? restated(figures, i, lang) : source;
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

  /**
   * The figure elsewhere in the document that restates this amount with its unit: a headline's "134 مليوناً" or
   * "323 مليارا" is the body's "134مليون ريال" or "323.3 مليار ريال" (equal up to the headline's rounding); an amount
   * without a scale must be equal and have four digits or more ("والأدنى 7576" and "7576 ريالاً").
   */
  private Figure restated(List<Figure> figures, int i, Language lang) {
    Figure f = figures.get(i);
    if (f.value() == null) {
      return null;
    }
    boolean scaled = endsInScale(f, lang);
    double v = f.value();
    if (!scaled && (v < 1000 || v != Math.rint(v) || FigureTokenizer.tokenize(f.text()).size() != 1)) {
      return null;
    }
    for (int j = 0; j < figures.size(); j++) {
      Figure g = figures.get(j);
      if (j != i && carries(g) && g.value() != null && near(g.value() / tomanFactor(g), v, scaled)) {
        return g;
      }
    }
    return null;
  }

  private static boolean near(double restating, double v, boolean scaled) {
    return scaled ? Math.abs(restating - v) <= RESTATED_ROUNDING * v : restating == v;
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

  /** Whether the figure's number ends in a scale word, before a period word if any ("30 مليونا يوميا"). */
  private boolean endsInScale(Figure f, Language lang) {
    List<FigureToken> tokens = FigureTokenizer.tokenize(f.text());
    int n = tokens.size();
    if (f.period() != null && n > 1 && lexicon.periods(lang).matchAt(tokens, n - 1) != null) {
      n--;
    }
    FigureToken last = n == 0 ? null : tokens.get(n - 1);
    FigureLexicon.NumberWord w = last != null && last.isWord() ? lexicon.number(lang, last.key()) : null;
    return w != null && "scale".equals(w.kind());
  }

  /** "134 مليوناً": an Arabic amount ending in an accusative scale word counts nothing after it. */
  private boolean accusativeScale(Figure f, Language lang) {
    List<FigureToken> tokens = FigureTokenizer.tokenize(f.text());
    return lang == Language.ARABIC && tokens.size() >= 2 && endsInScale(f, lang)
        && tokens.stream().anyMatch(t -> t.isWord() && t.key().endsWith("ا") && lexicon.number(lang, t.key()) != null);
  }

  /** Whether punctuation, the end or a function word (و، في، نیز، از ...) follows the amount. */
  private boolean nothingCountedAfter(String text, Figure f, Language lang) {
    int lineEnd = text.indexOf('\n', f.end());
    int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, f.end() + 40);
    List<FigureToken> after = FigureTokenizer.tokenize(text, f.end(), to);
    if (after.isEmpty() || !after.get(0).isWord() || accusativeScale(f, lang)) {
      return true;
    }
    String key = after.get(0).key();
    return lexicon.isCue(lang, "stop", key) || lexicon.isCue(lang, "range_to", key);
  }

  private static Figure withUnit(Figure f, Figure source) {
    double factor = tomanFactor(source);
    return new Figure(f.text(), scale(f.value(), factor), scale(f.min(), factor), scale(f.max(), factor),
        source.unit(), f.period(), f.qualifier(), f.quantity(), f.sentence(), f.start(), f.end());
  }

  private static double tomanFactor(Figure f) {
    return "IRR".equals(f.unit()) && f.text().contains(TOMAN) ? 10 : 1;
  }

  private static Double scale(Double v, double factor) {
    return v == null ? null : v * factor;
  }
}
