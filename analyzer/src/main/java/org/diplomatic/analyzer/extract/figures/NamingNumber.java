package org.diplomatic.analyzer.extract.figures;

import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Decides whether a number names, scores or points back rather than counts, the kinds of false figures found in a
 * sample of published news outside the real set:
 * <ul>
 *   <li>a fixed phrase that starts with a number word (دو و میدانی athletics, چهار راه crossroads, سیزده بدر);
 *   <li>a score "X بر Y" (سه بر صفر، ۷ بر ۱);
 *   <li>a clock time: an hour before a time of day (۹ صبح، 3 عصرا) and the minutes after a clock hour (ساعت ۱۰ و ۲۰
 *       دقیقه، الساعة الخامسة و10 دقائق);
 *   <li>an Arabic ordinal teen (الحادية عشرة);
 *   <li>a label after the noun it names, with no unit after it (منطقه ۲۷، کلانتری ۱۲۴، فاز ۳، پلیس ۱۱۰);
 *   <li>a number after a demonstrative that points back to a set already named (این دو کارخانه، هر دو تیم، هر سه
 *       بازی), and the numbers joined by و to a label (دقایق 4 و 11، مواد 124 و 125);
 *   <li>a Persian number in digits after its noun at the end of a clause (اجلاس دوربان 2 در ژنو، فتنه 88.) or
 *       before a dash and a name (a table of results: پارسیان 31 - سبزوار 32);
 *   <li>a Persian number word in the plural (میلیون‌ها، ده‌ها هزار).
 * </ul>
 */
final class NamingNumber {
  private static final String PLURAL = "ها";

  private final FigureLexicon lexicon;
  private final NumberContext context;

  NamingNumber(FigureLexicon lexicon, NumberContext context) {
    this.lexicon = lexicon;
    this.context = context;
  }

  /**
   * The token after a number that is not a quantity whatever follows (fixed phrase, score, clock time, ordinal),
   * or -1 when the number may count.
   */
  int skip(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    PhraseTable.Match<String> idiom = lexicon.cues(lang, "idiom").matchAt(tokens, p.from());
    if (idiom != null && idiom.length() > 1) {
      return p.from() + idiom.length();
    }
    int score = scoreEnd(tokens, p.to(), lang);
    if (score >= 0) {
      return score;
    }
    if (clockHour(tokens, p, lang) || minutesOfClock(tokens, p.from(), lang) || ordinalTeen(tokens, p, lang)
        || vaguePlural(tokens, p, lang)) {
      return p.to();
    }
    return -1;
  }

  /**
   * "میلیون‌ها عاشق"، "ده‌ها هزار نفر": a Persian number word with the plural ها says "millions of", "tens of
   * thousands", no quantity; so does the scale after it.
   */
  private boolean vaguePlural(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    if (lang != Language.PERSIAN) {
      return false;
    }
    boolean pluralAfter = p.to() < tokens.size() && PLURAL.equals(tokens.get(p.to()).key());
    int b = p.from();
    boolean pluralBefore = b >= 2 && PLURAL.equals(tokens.get(b - 1).key()) && tokens.get(b - 2).isWord()
        && lexicon.number(lang, tokens.get(b - 2).key()) != null;
    return pluralAfter || pluralBefore || gluedPluralBefore(tokens, b, lang);
  }

  /** "صدها میلیون نفر"، "هزارها تن": the plural number word typed without its ZWNJ before the number. */
  private boolean gluedPluralBefore(List<FigureToken> tokens, int at, Language lang) {
    if (at < 1 || !tokens.get(at - 1).isWord()) {
      return false;
    }
    String key = tokens.get(at - 1).key();
    return key.length() > PLURAL.length() + 1 && key.endsWith(PLURAL)
        && lexicon.number(lang, key.substring(0, key.length() - PLURAL.length())) != null;
  }

  /**
   * Whether a bare number with no unit (or, after a demonstrative, a count of people) names an item or points back:
   * a label word before it, or این / همین / هر دو before it.
   */
  boolean namesOrPointsBack(List<FigureToken> tokens, NumberPhrase p, FigureLexicon.UnitWord unit, Language lang) {
    if (p.scaled() || p.from() == 0) {
      return false;
    }
    FigureToken before = tokens.get(p.from() - 1);
    if (unit == null && (context.cue(lang, "label", before) || labelSeries(tokens, p.from(), lang))) {
      return true;
    }
    if (unit == null && dangles(tokens, p, lang)) {
      return true;
    }
    boolean counting = unit == null || "person".equals(unit.kind());
    if (!counting || !before.isWord()) {
      return false;
    }
    if (lexicon.isCue(lang, "both", before.key())) {
      // "هر دو"، "هر سه بازی": every one of a set already named.
      return true;
    }
    // "پیش از این چهار عنوان": "before this", not "these four".
    return lexicon.isCue(lang, "demonstrative", before.key())
        && lexicon.cues(lang, "since_this").matchBefore(tokens, p.from() - 1) == null;
  }

  /**
   * "دقایق 4 و 11 و 53"، "مواد 124 و 125"، "پایه یک و دو": a number joined by و to a number that a label word names.
   */
  private boolean labelSeries(List<FigureToken> tokens, int at, Language lang) {
    int k = at;
    while (k >= 2 && "و".equals(tokens.get(k - 1).key()) && (tokens.get(k - 2).isDigits()
        || (tokens.get(k - 2).isWord() && lexicon.number(lang, tokens.get(k - 2).key()) != null))) {
      k -= 2;
    }
    return k < at && k > 0 && (context.cue(lang, "label", tokens.get(k - 1)) || context.cue(lang, "clause",
        tokens.get(k - 1)));
  }

  /**
   * Whether a bare Persian number in digits stands after a content word and before the end of the clause or a function
   * word: Persian counts come before their noun, so such a number names ("اجلاس دوربان 2 در ژنو"، "وبگاه عربی ۲۱،"،
   * "(انبیاء ۱۰۵)") or is a year written short ("برجسته‌های 93 بود").
   */
  private boolean dangles(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    FigureToken first = tokens.get(p.from());
    if (lang != Language.PERSIAN || p.to() - p.from() != 1 || !first.isDigits() || first.compound()) {
      return false;
    }
    FigureToken before = tokens.get(p.from() - 1);
    if (!before.isWord() || lexicon.isCue(lang, "stop", before.key()) || lexicon.number(lang, before.key()) != null
        || lexicon.isCue(lang, "count_head", before.key())
        || lexicon.qualifiersBefore(lang).matchBefore(tokens, p.from()) != null) {
      return false;
    }
    if (p.to() >= tokens.size()) {
      return true;
    }
    FigureToken after = tokens.get(p.to());
    if (after.isWord()) {
      return lexicon.isCue(lang, "clause_end", after.key());
    }
    if (p.to() + 1 < tokens.size() && tokens.get(p.to() + 1).isDigits()) {
      // "با کاهش 27، 40، 52 و 36 درصدی": a series of numbers goes on.
      return false;
    }
    if (("-".equals(after.key()) || "–".equals(after.key())) && p.to() + 1 < tokens.size()
        && tokens.get(p.to() + 1).isWord()) {
      // "پارسیان 31 - ثامن‌الحجج سبزوار 32": the score of a team in a table of results.
      return true;
    }
    return ".".equals(after.key()) || "،".equals(after.key()) || ")".equals(after.key()) || "»".equals(after.key())
        || "؛".equals(after.key()) || ":".equals(after.key()) || "\n".equals(after.key());
  }

  /**
   * Whether a four-digit number reads as a calendar year of the eras news writes (1300-1450 solar, 1900-2050
   * Gregorian), so a noun after it does not make it a count ("لیگ برتر 1392 اظهار"، "المپیک 2016 برزیل").
   */
  static boolean calendarYear(double v) {
    return (v >= 1300 && v <= 1450) || (v >= 1900 && v <= 2050);
  }

  /** The token after "Y" when "بر Y" follows the number at {@code k} (a score), else -1. */
  private int scoreEnd(List<FigureToken> tokens, int k, Language lang) {
    if (k + 1 >= tokens.size() || !tokens.get(k).isWord() || !lexicon.isCue(lang, "score", tokens.get(k).key())) {
      return -1;
    }
    FigureToken other = tokens.get(k + 1);
    FigureLexicon.NumberWord w = other.isWord() ? lexicon.number(lang, other.key()) : null;
    return other.isDigits() || (w != null && w.value().doubleValue() < 100) ? k + 2 : -1;
  }

  /** "۹ صبح"، "3 عصرا": an hour of the day in digits before a time-of-day word. */
  private boolean clockHour(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    FigureToken first = tokens.get(p.from());
    return p.to() - p.from() == 1 && first.isDigits() && p.value() <= 24 && p.to() < tokens.size()
        && context.cue(lang, "daytime", tokens.get(p.to()));
  }

  /** "ساعت ۱۰ و ۲۰ دقیقه"، "الساعة الخامسة و10 دقائق": the minutes after و and an hour after a clock word. */
  private boolean minutesOfClock(List<FigureToken> tokens, int at, Language lang) {
    if (at < 3 || !"و".equals(tokens.get(at - 1).key())) {
      return false;
    }
    FigureToken hour = tokens.get(at - 2);
    boolean hourLike = hour.isDigits() || (hour.isWord() && hour.key().startsWith("ال"))
        || (hour.isWord() && lexicon.number(lang, hour.key()) != null);
    return hourLike && context.cue(lang, "clock", tokens.get(at - 3));
  }

  /** "الحادية عشرة"، "الثالث عشر": ten after a definite ordinal is part of the ordinal. */
  private boolean ordinalTeen(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    if (lang != Language.ARABIC || p.from() == 0 || p.to() - p.from() != 1) {
      return false;
    }
    FigureLexicon.NumberWord w = lexicon.number(lang, tokens.get(p.from()).key());
    FigureToken before = tokens.get(p.from() - 1);
    return w != null && "ten".equals(w.kind()) && context.cue(lang, "ordinal", before);
  }
}
