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
 *   <li>a number after a demonstrative that points back to a set already named (این دو کارخانه، هر دو تیم).
 * </ul>
 */
final class NamingNumber {
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
    if (clockHour(tokens, p, lang) || minutesOfClock(tokens, p.from(), lang) || ordinalTeen(tokens, p, lang)) {
      return p.to();
    }
    return -1;
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
    if (unit == null && context.cue(lang, "label", before)) {
      return true;
    }
    boolean counting = unit == null || "person".equals(unit.kind());
    if (!counting || !before.isWord()) {
      return false;
    }
    if (lexicon.isCue(lang, "both", before.key())) {
      return p.value() == 2;
    }
    // "پیش از این چهار عنوان": "before this", not "these four".
    return lexicon.isCue(lang, "demonstrative", before.key())
        && lexicon.cues(lang, "since_this").matchBefore(tokens, p.from() - 1) == null;
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
