package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Finds the unit a figure does not write next to its number but the words around it imply: people counted by a group
 * after a preposition ("12 ألفاً من الحجاج"، "ستة من أعضاء حكومته"), casualties ("استشهاد 15"،
 * "100 تن كشته" where تن is a person, not a ton), and the currency of the amount it is coordinated with
 * ("4.2 مليار دولار و1.7 مليار").
 */
final class ImpliedUnit {
  static final FigureLexicon.UnitWord PERSON = new FigureLexicon.UnitWord("person", "person", BigDecimal.ONE, 0);
  private static final String PERSIAN_PERSON_TON = "تن";
  private static final String PERSIAN_OTHER = "دیگر";
  private static final String PERSIAN_OF = "از";
  private static final String MILLIONS_ADJECTIVE = "میلیونی";
  private static final String PERSIAN_BECOMING = "شدن";

  private final FigureLexicon lexicon;
  private final NumberContext context;

  ImpliedUnit(FigureLexicon lexicon, NumberContext context) {
    this.lexicon = lexicon;
    this.context = context;
  }

  /** Whether "من"/"از" and a person noun follow at {@code k}: "ستة من أعضاء"، "12 ألفا من الحجاج". */
  boolean personGroupAfter(List<FigureToken> tokens, int k, Language lang) {
    if (k + 1 >= tokens.size() || !context.cue(lang, "person_of", tokens.get(k))) {
      return false;
    }
    return isPersonNoun(tokens.get(k + 1), lang);
  }

  /**
   * Whether a Persian number ends in the adjective "میلیونی" with no unit after it: a population ("کشور مسلمان 70
   * ميليوني"، "ایران ۸۰ میلیونی"); money is written with its currency ("۵۰ میلیون تومانی").
   */
  boolean population(List<FigureToken> tokens, NumberPhrase p, int k, Language lang) {
    if (lang != Language.PERSIAN || !p.scaled() || p.to() - p.from() < 2) {
      return false;
    }
    String last = tokens.get(p.to() - 1).key();
    return last.equals(FigureFolding.fold(MILLIONS_ADJECTIVE))
        && (k >= tokens.size() || lexicon.units(lang).matchAt(tokens, k) == null);
  }

  /**
   * Whether a casualty word or "عددهم" stands right before the number or its qualifier ("استشهاد 15"، "وإصابة 33"،
   * "وأصيب حوالى 400"، "البالغ عددهم 114"); {@code from} is where the number's qualifier starts.
   */
  boolean casualtyBefore(List<FigureToken> tokens, int from, Language lang) {
    return from > 0 && (context.cue(lang, "casualty", tokens.get(from - 1))
        || context.cue(lang, "people_count", tokens.get(from - 1)));
  }

  /**
   * Whether the Persian "تن" at {@code unitFrom} counts people: a casualty word follows it, possibly after "دیگر"
   * ("100 تن كشته"، "600 تن ديگر زخمي"), or, after a number with no scale, the partitive "از" ("دو تن از اعضای
   * نظامی"، "64 تن از آنها"; "2 ميليون تن از اهداف" stays tons).
   */
  boolean tonCountsPeople(List<FigureToken> tokens, NumberPhrase p, int unitFrom, int unitTo, Language lang) {
    if (lang != Language.PERSIAN || unitTo - unitFrom != 1
        || !PERSIAN_PERSON_TON.equals(tokens.get(unitFrom).key())) {
      return false;
    }
    int k = unitTo;
    if (k < tokens.size() && tokens.get(k).isWord() && FigureFolding.fold(PERSIAN_OTHER).equals(tokens.get(k).key())) {
      k++;
    }
    if (k < tokens.size() && !p.scaled() && PERSIAN_OF.equals(tokens.get(k).key())) {
      return true;
    }
    return (k < tokens.size() && context.cue(lang, "casualty", tokens.get(k))) || (!p.scaled()
        && casualtyVerbBefore(tokens, p.from(), lang));
  }

  /** "منجر به کشته شدن 191 تن"، "زخمی شدن بیش از 20 تن": a casualty word and شدن before the number. */
  private boolean casualtyVerbBefore(List<FigureToken> tokens, int from, Language lang) {
    int b = from;
    PhraseTable.Match<FigureLexicon.Qualifier> q = b > 0 ? lexicon.qualifiersBefore(lang).matchBefore(tokens, b) : null;
    b -= q == null ? 0 : q.length();
    if (b > 0 && FigureFolding.fold(PERSIAN_BECOMING).equals(tokens.get(b - 1).key())) {
      b--;
    }
    return b > 0 && context.cue(lang, "casualty", tokens.get(b - 1));
  }

  /**
   * The currency of the figure just before when the number at {@code from} is coordinated with it: only "و" between
   * them ("4.2 مليار دولار و1.7 مليار"), or, for a scaled number, "و" glued to a noun and up to two more words
   * ("4.2 مليار دولار والواردات 1.7 مليار"), or a partitive word before a scaled number ("18 مليون دولار، يؤمن البنك
   * منها 12 مليونا"). Null otherwise.
   */
  FigureLexicon.UnitWord carriedCurrency(List<FigureToken> tokens, NumberPhrase p, int previousEnd,
      FigureLexicon.UnitWord previous, Language lang) {
    int from = p.from();
    if (previous == null || !"currency".equals(previous.kind()) || previousEnd < 0 || previousEnd >= from) {
      return null;
    }
    if (p.scaled() && from > 0 && context.cue(lang, "partitive", tokens.get(from - 1))) {
      return previous;
    }
    int k = previousEnd;
    if (!tokens.get(k).isWord() && ("،".equals(tokens.get(k).key()) || ",".equals(tokens.get(k).key()))) {
      k++;
    }
    FigureToken and = tokens.get(k);
    if (!and.isWord() || and.key().isEmpty() || and.key().charAt(0) != 'و') {
      return null;
    }
    if ("و".equals(and.key())) {
      return k + 1 == from ? previous : null;
    }
    if (!p.scaled() || from - k > 3) {
      return null;
    }
    for (int i = k + 1; i < from; i++) {
      if (!tokens.get(i).isWord()) {
        return null;
      }
    }
    return previous;
  }

  private boolean isPersonNoun(FigureToken t, Language lang) {
    if (!t.isWord()) {
      return false;
    }
    String key = t.key();
    if (isPerson(key, lang)) {
      return true;
    }
    return key.length() > 4 && key.startsWith("ال") && isPerson(key.substring(2), lang);
  }

  private boolean isPerson(String key, Language lang) {
    FigureLexicon.UnitWord u = lexicon.units(lang).single(key);
    return u != null && "person".equals(u.kind());
  }
}
