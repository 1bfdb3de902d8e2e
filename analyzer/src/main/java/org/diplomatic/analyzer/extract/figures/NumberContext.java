package org.diplomatic.analyzer.extract.figures;

import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.Language;

/**
 * Decides from the words around a number whether it is not a figure: a date or year (١٥ مارس، عام 2025، ۱۴۰۳، سال
 * 97، 17/ 10/ 1436), a fiscal year (2014-15), a clause, list, page or phone number (المادة 4، 1-، ماده ۴), an
 * ordinal (الـ15), a code with a leading zero, a model or group name (إف 16، F-16، دي 8، 5+1، خمسة زائد واحد).
 */
final class NumberContext {
  private static final String CLITICS = "وفبلك";
  // Persian prepositions and the other two-letter function words typed without their space ("به20 روستا"، "بالغ
  // بر۱۰۶ هزار"، "علاوه بر آن4500 نفر"، "هر10 نفر"): a missing space, not a code.
  // Keys are folded (آن is ان, که is كه).
  private static final Set<String> GLUED_PREPOSITIONS = Set.of("به", "بر", "در", "از", "با", "تا", "ان", "هر", "كه");

  private static final String OPENING_QUOTES = "«“\"'″";
  private static final String CLOSING_QUOTES = "»”\"'″";

  private final FigureLexicon lexicon;

  NumberContext(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the number is excluded whatever follows it (date, clause, list, ordinal, phone, code). */
  boolean excluded(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    FigureToken first = tokens.get(p.from());
    FigureToken before = p.from() > 0 ? tokens.get(p.from() - 1) : null;
    FigureToken after = p.to() < tokens.size() ? tokens.get(p.to()) : null;
    boolean singleDigits = p.to() - p.from() == 1 && first.isDigits();
    if (singleDigits && (first.leadingZero() || (first.integerDigits() >= 8 && !first.separated()))) {
      return true;
    }
    // Model, group and format words are matched without clitics: "لدي" (I have) is not "دي".
    if (before != null && ("+".equals(before.key()) || "#".equals(before.key())
        || lexicon.isCue(lang, "plus", before.key()))) {
      return true;
    }
    if (after != null && ("+".equals(after.key()) || lexicon.isCue(lang, "plus", after.key()))) {
      return true;
    }
    if (before != null && (modelWord(before, lang) || latinName(tokens, p.from()) || hyphenName(tokens, p.from())
        || letterCode(tokens, p.from()))) {
      return true;
    }
    if (singleDigits && quotedName(tokens, p)) {
      return true;
    }
    if (before != null && first.isWord() && lexicon.isCue(lang, "negation", before.key())) {
      return true;
    }
    if (before != null && first.isDigits() && gluedToWord(before, first)) {
      return true;
    }
    // "تا پایان سال هشتاد و هفت": a Persian year written short in words.
    boolean shortYearWords = lang == Language.PERSIAN && p.words() && !p.scaled() && p.value() >= 10
        && p.value() < 100;
    if ((singleDigits || shortYearWords) && shortYear(tokens, p, lang)) {
      return true;
    }
    if (before != null && before.isWord() && !first.spaceBefore() && first.isDigits()
        && ("ال".equals(before.key()) || "لل".equals(before.key()))
        && (after == null || !durationAt(tokens, p.to(), lang)) && !p.scaled()
        && (after == null || lexicon.units(lang).matchAt(tokens, p.to()) == null)) {
      // "الـ15" is an ordinal; "خلال الـ3 سنوات" counts years, "مستوى ال40 دولارا" and "الـ6 مليارات" are amounts.
      return true;
    }
    // A clause, page or rank number is never scaled: "المركز 100 ألف سلة" counts baskets; nor is it a percent or an
    // amount of money: "كان قرار 44.9% منهم" (the choice of 44.9% of them).
    if (before != null && cue(lang, "clause", before) && !p.scaled() && !percentOrMoneyAt(tokens, p.to(), lang)) {
      return true;
    }
    if (before != null && (cue(lang, "month", before) || monthAndLead(tokens, p.from(), lang)) && singleDigits
        && (after == null || lexicon.units(lang).matchAt(tokens, p.to()) == null)) {
      // "عقود سبتمبر 33 سنتا": a month name before an amount with its unit names a contract, not a date.
      return true;
    }
    if (singleDigits && monthInParentheses(tokens, p.from(), lang)) {
      return true;
    }
    if (after != null && after.isWord() && cue(lang, "month", after) && p.value() >= 1 && p.value() <= 31) {
      return true;
    }
    if (singleDigits && p.value() >= 1 && p.value() <= 31 && after != null && after.isWord()
        && lexicon.isCue(lang, "month_lead", after.key()) && monthAfter(tokens, p.to(), lang)) {
      // "في 9 من سبتمبر"، "في 26 من الشهر الماضي"
      return true;
    }
    if (singleDigits && before != null && (codeAfterWord(tokens, p.from()) || betweenStars(tokens, p)
        || footnote(tokens, p) || itemMarker(tokens, p))) {
      return true;
    }
    if (singleDigits && p.value() >= 1 && p.value() <= 31 && secondDayBeforeMonth(tokens, p.to(), lang)) {
      return true;
    }
    return singleDigits && (isListNumber(tokens, p) || inHyphenChain(tokens, p.from())
        || inSlashedDate(tokens, p.from()));
  }

  /** "إف 16"، "وإف 16"، "دي 8": a model or group word, alone or after the conjunction و only. */
  /**
   * "«شاهين 2»"، "“تيانهي 2″"، "«إس 300»": digits closing a quoted name of one or two words, a machine, model or
   * plan; a quoted amount has its unit inside ("«مليون مبرمج»") or no word before the number ("«0.68» بالمائة").
   */
  private static boolean quotedName(List<FigureToken> tokens, NumberPhrase p) {
    if (p.to() >= tokens.size() || tokens.get(p.to()).key().isEmpty()
        || CLOSING_QUOTES.indexOf(tokens.get(p.to()).key().charAt(0)) < 0) {
      return false;
    }
    for (int k = p.from() - 1; k >= Math.max(0, p.from() - 3); k--) {
      FigureToken t = tokens.get(k);
      if (!t.isWord()) {
        return k < p.from() - 1 && !t.key().isEmpty() && OPENING_QUOTES.indexOf(t.key().charAt(0)) >= 0;
      }
    }
    return false;
  }

  private boolean modelWord(FigureToken t, Language lang) {
    String key = t.key();
    return t.isWord() && (lexicon.isCue(lang, "model", key)
        || (key.length() > 2 && key.charAt(0) == 'و' && lexicon.isCue(lang, "model", key.substring(1))));
  }

  /** "سال 97"، "سال ۸۸": one or two digits after a year word that no number precedes ("۵ سال ۳ ماه" is a duration). */
  private boolean shortYear(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    FigureToken first = tokens.get(p.from());
    int b = p.from() - 1;
    if (first.integerDigits() > 2 || first.key().indexOf('.') >= 0 || b < 0 || !cue(lang, "short_year", tokens.get(b))) {
      return false;
    }
    PhraseTable.Match<FigureLexicon.UnitWord> unit = p.to() < tokens.size()
        ? lexicon.units(lang).matchAt(tokens, p.to()) : null;
    if (b > 0 && countBefore(tokens.get(b - 1), lang)) {
      // "۵ سال ۳ ماه" is a duration; "ماده 180 سال 94" names the year of a law.
      return unit == null;
    }
    // "سال 93 سال محدودیت بود": a year word after the number does not make it a duration.
    return unit == null || "year".equals(unit.value().unit());
  }

  /** "خرداد ماه 83": a month name and ماه before the number. */
  private boolean monthAndLead(List<FigureToken> tokens, int at, Language lang) {
    return at >= 2 && tokens.get(at - 1).isWord() && lexicon.isCue(lang, "month_lead", tokens.get(at - 1).key())
        && cue(lang, "month", tokens.get(at - 2));
  }

  /** Whether a token is a cardinal number (digits or a number word; "دوم" second is not one). */
  private boolean countBefore(FigureToken t, Language lang) {
    FigureLexicon.NumberWord w = t.isWord() ? lexicon.number(lang, t.key()) : null;
    return t.isDigits() || (w != null && !"denominator".equals(w.kind()));
  }

  /**
   * "انتهای‌پیام/86012/م20": digits glued by slashes to a word before and to what follows (or ending the text) are a
   * code; a headline "X/۲ اشکال" keeps its count.
   */
  private static boolean codeAfterWord(List<FigureToken> tokens, int at) {
    boolean slashAfter = at + 1 >= tokens.size()
        || ("/".equals(tokens.get(at + 1).key()) && glued(tokens, at, at + 1));
    return at >= 2 && slashAfter && "/".equals(tokens.get(at - 1).key()) && glued(tokens, at - 1, at)
        && tokens.get(at - 2).isWord() && glued(tokens, at - 2, at - 1);
  }

  /** "[5]": a number in square brackets is a footnote. */
  private static boolean footnote(List<FigureToken> tokens, NumberPhrase p) {
    int at = p.from();
    return p.to() < tokens.size() && "[".equals(tokens.get(at - 1).key()) && "]".equals(tokens.get(p.to()).key());
  }

  /** "1- سنندج 2- مریوان": one or two digits glued to a hyphen before a word number an item in running text. */
  private static boolean itemMarker(List<FigureToken> tokens, NumberPhrase p) {
    int k = p.to();
    FigureToken first = tokens.get(p.from());
    return first.integerDigits() <= 2 && first.key().indexOf('.') < 0 && k + 1 < tokens.size()
        && "-".equals(tokens.get(k).key()) && glued(tokens, k - 1, k) && tokens.get(k + 1).isWord()
        && tokens.get(k + 1).spaceBefore();
  }

  /** "( *1*)": a number between two stars is a key to press or a marker, not a quantity. */
  private static boolean betweenStars(List<FigureToken> tokens, NumberPhrase p) {
    int at = p.from();
    return at >= 1 && p.to() < tokens.size() && "*".equals(tokens.get(at - 1).key())
        && "*".equals(tokens.get(p.to()).key());
  }

  private boolean durationAt(List<FigureToken> tokens, int k, Language lang) {
    PhraseTable.Match<FigureLexicon.UnitWord> u = lexicon.units(lang).matchAt(tokens, k);
    return u != null && "duration".equals(u.value().kind());
  }

  /** "تی-۷۲"، "جنيف-2"، "بی ام-۲۱": a word glued by a hyphen to the number names a model or a conference. */
  private static boolean hyphenName(List<FigureToken> tokens, int at) {
    int k = at - 1;
    return k > 0 && "-".equals(tokens.get(k).key()) && tokens.get(k - 1).isWord() && glued(tokens, k - 1, k)
        && glued(tokens, k, at);
  }

  /**
   * "م2"، "azmoon99": digits glued to a Latin word or to a one- or two-letter word that is no clitic (و، ب، ل، ك، ف
   * and their pairs) are part of a code or a unit symbol, not a quantity.
   */
  private static boolean gluedToWord(FigureToken before, FigureToken first) {
    if (!before.isWord() || first.spaceBefore() || before.end() != first.start()) {
      return false;
    }
    String key = before.key();
    if (key.isEmpty()) {
      return false;
    }
    if (key.charAt(0) < 0x80) {
      return true;
    }
    // A longer word glued to digits is a missing space ("ساخت2 هزار", "جذب714 ميليارد"), still a figure.
    if (key.length() > 2 || (CLITICS.indexOf(key.charAt(0)) >= 0
        && (key.length() == 1 || CLITICS.indexOf(key.charAt(1)) >= 0)) || GLUED_PREPOSITIONS.contains(key)) {
      return false;
    }
    return !"ال".equals(key) && !"لل".equals(key);
  }

  private boolean percentOrMoneyAt(List<FigureToken> tokens, int at, Language lang) {
    PhraseTable.Match<FigureLexicon.UnitWord> unit = at < tokens.size() ? lexicon.units(lang).matchAt(tokens, at) : null;
    return unit != null && ("percent".equals(unit.value().kind()) || "currency".equals(unit.value().kind()));
  }

  /** "نوفمبر (تشرين الثاني) 2016": a month name and its other name in parentheses before the number. */
  private boolean monthInParentheses(List<FigureToken> tokens, int at, Language lang) {
    if (at < 2 || !")".equals(tokens.get(at - 1).key())) {
      return false;
    }
    for (int k = at - 2; k >= Math.max(1, at - 5); k--) {
      if ("(".equals(tokens.get(k).key())) {
        return cue(lang, "month", tokens.get(k - 1)) || cue(lang, "month", tokens.get(k + 1));
      }
    }
    return false;
  }

  /**
   * "F-16"، "Su 35"، "A/69/L.67": a Latin word (not a currency code) before the number, glued by a hyphen, a dot or a
   * slash (the symbols of UN documents), or spaced.
   */
  private boolean latinName(List<FigureToken> tokens, int at) {
    int k = at - 1;
    if (k > 0 && "-./".contains(tokens.get(k).key()) && tokens.get(k).key().length() == 1
        && glued(tokens, k - 1, k) && glued(tokens, k, at)) {
      k--;
    }
    FigureToken t = tokens.get(k);
    if (!t.isWord() || t.key().isEmpty() || t.key().charAt(0) >= 0x80) {
      return false;
    }
    return lexicon.units(Language.ARABIC).single(t.key()) == null;
  }

  /** "مخطط (د/6)"، "ج/2": one or two letters and a slash glued before the digits name a plan or an item. */
  private static boolean letterCode(List<FigureToken> tokens, int at) {
    return at >= 2 && "/".equals(tokens.get(at - 1).key()) && tokens.get(at - 2).isWord()
        && tokens.get(at - 2).key().length() <= 2 && glued(tokens, at - 2, at - 1) && glued(tokens, at - 1, at);
  }

  /**
   * "17/ 10/ 1436": three digit groups joined by slashes, spaces allowed after them (the tokenizer keeps glued
   * "1436/10/17" as one compound token).
   */
  private static boolean inSlashedDate(List<FigureToken> tokens, int at) {
    int groups = 1;
    for (int i = at; i - 2 >= 0 && "/".equals(tokens.get(i - 1).key()) && tokens.get(i - 2).isDigits(); i -= 2) {
      groups++;
    }
    for (int i = at; i + 2 < tokens.size() && "/".equals(tokens.get(i + 1).key()) && tokens.get(i + 2).isDigits();
        i += 2) {
      groups++;
    }
    return groups >= 3;
  }

  /**
   * A fiscal year or a span of years written as a range: a year and the two last digits of a later year (or, right to
   * left, the two digits first: "2014-15"، "15-2014"، "86-1377").
   */
  boolean fiscalYear(List<FigureToken> tokens, NumberPhrase p, NumberPhrase q) {
    if (p.to() + 1 != q.from() || !"-".equals(tokens.get(p.to()).key())) {
      return false;
    }
    boolean pYear = yearLike(tokens, p);
    boolean qYear = yearLike(tokens, q);
    if (pYear == qYear) {
      return false;
    }
    NumberPhrase year = pYear ? p : q;
    NumberPhrase other = pYear ? q : p;
    FigureToken o = tokens.get(other.from());
    if (other.to() - other.from() != 1 || !o.isDigits() || o.integerDigits() != 2) {
      return false;
    }
    int y = (int) year.value();
    int two = (int) other.value();
    // "1377-86" (سال‌های 86-1377): the two digits name a later year of the same era, up to thirty years on.
    int ahead = (two - y % 100 + 100) % 100;
    return (ahead >= 1 && ahead <= 30) || two == (y - 1 + 100) % 100;
  }

  /** "6 و 7 سبتمبر"، "۱۵ و ۱۶ آبان": a day number joined by و to a second day number before a month name. */
  private boolean secondDayBeforeMonth(List<FigureToken> tokens, int k, Language lang) {
    int j = k;
    if (j < tokens.size() && tokens.get(j).isWord() && "و".equals(tokens.get(j).key())) {
      j++;
    } else if (j >= tokens.size() || tokens.get(j).spaceBefore() || !tokens.get(j).isWord()
        || !"و".equals(tokens.get(j).key())) {
      return false;
    }
    if (j + 1 >= tokens.size() || !tokens.get(j).isDigits() || tokens.get(j).integerDigits() > 2) {
      return false;
    }
    return monthAfter(tokens, j + 1, lang);
  }

  /** Whether a month name stands at {@code k}, possibly after "من شهر" / "من" ("20 - 25 من شهر شوال"). */
  boolean monthAfter(List<FigureToken> tokens, int k, Language lang) {
    int j = k;
    while (j < tokens.size() && j < k + 2 && tokens.get(j).isWord() && lexicon.isCue(lang, "month_lead", tokens.get(j).key())) {
      j++;
    }
    return j < tokens.size() && cue(lang, "month", tokens.get(j));
  }

  /**
   * "مهرجان صيف ينبع 36"، "جشنواره فجر ۳۶": a bare number up to three words after an event word (festival, fair,
   * forum) is the edition in its name.
   */
  boolean editionOfEvent(List<FigureToken> tokens, int at, Language lang) {
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      FigureToken t = tokens.get(k);
      if (!t.isWord() || lexicon.isCue(lang, "stop", t.key())) {
        return false;
      }
      String key = t.key();
      if (cue(lang, "event_name", t) || (key.startsWith("ال") && lexicon.isCue(lang, "event_name", key.substring(2)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "مستشفى سرطان الأطفال (57357)": four or more digits alone in parentheses with no unit after them are a code or a
   * name.
   */
  boolean codeInParentheses(String text, List<FigureToken> tokens, NumberPhrase p) {
    FigureToken first = tokens.get(p.from());
    return p.to() - p.from() == 1 && first.isDigits() && !first.separated() && first.integerDigits() >= 4
        && first.key().indexOf('.') < 0 && first.start() > 0 && text.charAt(first.start() - 1) == '('
        && first.end() < text.length() && text.charAt(first.end()) == ')';
  }

  /** "في سنة 1987 و2006": a year-like number glued to و right after a year. */
  boolean coordinatedYear(List<FigureToken> tokens, int at) {
    if (at < 2 || tokens.get(at).spaceBefore() || !"و".equals(tokens.get(at - 1).key())) {
      return false;
    }
    FigureToken prev = tokens.get(at - 2);
    return prev.isDigits() && !prev.separated() && prev.integerDigits() == 4 && prev.number() != null
        && prev.number().doubleValue() >= 1000 && prev.number().doubleValue() <= 2999;
  }

  /** "۹۹-۹۸"، "98-99": two two-digit Persian years one apart joined by a hyphen (a school or fiscal year). */
  boolean shortYearPair(List<FigureToken> tokens, NumberPhrase p, NumberPhrase q, Language lang) {
    if (lang != Language.PERSIAN || p.to() + 1 != q.from() || !"-".equals(tokens.get(p.to()).key())) {
      return false;
    }
    FigureToken a = tokens.get(p.from());
    FigureToken b = tokens.get(q.from());
    if (p.to() - p.from() != 1 || q.to() - q.from() != 1 || !a.isDigits() || !b.isDigits()
        || a.integerDigits() != 2 || b.integerDigits() != 2 || a.key().indexOf('.') >= 0) {
      return false;
    }
    boolean unitAfter = q.to() < tokens.size() && lexicon.units(lang).matchAt(tokens, q.to()) != null;
    return !unitAfter && Math.abs(p.value() - q.value()) == 1;
  }

  /** "۸ تا ۹:۳۰": a number whose range runs to a clock time is an hour of the day. */
  boolean rangeToTime(List<FigureToken> tokens, int k, Language lang) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    FigureToken to = tokens.get(k);
    boolean joiner = "-".equals(to.key()) || cue(lang, "range_to", to);
    FigureToken t = tokens.get(k + 1);
    return joiner && t.isDigits() && t.compound() && t.text().indexOf(':') >= 0;
  }

  /** "القطاعات الـ 16": a number after a spaced "الـ" with no unit after it is a definite reference, not a count. */
  boolean definiteCount(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    if (lang != Language.ARABIC || p.from() == 0 || !tokens.get(p.from()).isDigits()) {
      return false;
    }
    FigureToken before = tokens.get(p.from() - 1);
    if (!before.isWord() || !"ال".equals(before.key()) || !before.text().endsWith("ـ")) {
      return false;
    }
    return p.to() >= tokens.size() || lexicon.units(lang).matchAt(tokens, p.to()) == null;
  }

  /** Three or more digit groups joined by hyphens ("051-111-786-786") are a phone or document number. */
  private static boolean inHyphenChain(List<FigureToken> tokens, int at) {
    int groups = 1;
    for (int i = at; i - 2 >= 0 && glued(tokens, i - 1, i) && "-".equals(tokens.get(i - 1).key())
        && tokens.get(i - 2).isDigits() && glued(tokens, i - 2, i - 1); i -= 2) {
      groups++;
    }
    for (int i = at; i + 2 < tokens.size() && glued(tokens, i, i + 1) && "-".equals(tokens.get(i + 1).key())
        && tokens.get(i + 2).isDigits() && glued(tokens, i + 1, i + 2); i += 2) {
      groups++;
    }
    return groups >= 3;
  }

  private static boolean glued(List<FigureToken> tokens, int left, int right) {
    return !tokens.get(right).spaceBefore() && tokens.get(left).end() == tokens.get(right).start();
  }

  /** Whether a bare 4-digit number reads as a calendar year here (before any unit or counted noun is known). */
  boolean yearLike(List<FigureToken> tokens, NumberPhrase p) {
    FigureToken first = tokens.get(p.from());
    if (p.to() - p.from() != 1 || !first.isDigits() || first.separated() || first.integerDigits() != 4) {
      return false;
    }
    double v = p.value();
    return v == Math.floor(v) && v >= 1000 && v <= 2999;
  }

  /** Whether a year-like number is marked as a year by the word before or after it. */
  boolean markedYear(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    FigureToken before = p.from() > 0 ? tokens.get(p.from() - 1) : null;
    FigureToken after = p.to() < tokens.size() ? tokens.get(p.to()) : null;
    return (before != null && cue(lang, "year_before", before))
        || (after != null && after.isWord() && lexicon.isCue(lang, "year_after", after.key()));
  }

  /** The token after a date (day, month words, year), so the scanner can skip it. */
  int skipDate(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    int k = p.to();
    while (k < tokens.size() && tokens.get(k).isWord()
        && (cue(lang, "month", tokens.get(k)) || (k > p.to() && lexicon.isCue(lang, "month_lead", tokens.get(k).key())))) {
      k++;
    }
    if (k > p.to() && k < tokens.size() && tokens.get(k).isWord() && k + 1 < tokens.size()
        && (tokens.get(k).key().startsWith("ال") || tokens.get(k).key().startsWith("ا"))
        && tokens.get(k + 1).isDigits()) {
      k++;
    }
    if (k > p.to() && k < tokens.size() && tokens.get(k).isDigits()) {
      k++;
    }
    if (k == p.to() && k + 1 < tokens.size() && tokens.get(k + 1).isDigits()
        && ("-".equals(tokens.get(k).key()) || cue(lang, "range_to", tokens.get(k)))
        && (k + 2 >= tokens.size() || lexicon.units(lang).matchAt(tokens, k + 2) == null)) {
      // "بین ساعات 18 تا 19": the other end of an excluded range goes with it.
      k += 2;
    }
    return k;
  }

  boolean cue(Language lang, String kind, FigureToken t) {
    if (!t.isWord()) {
      return false;
    }
    String key = t.key();
    if (lexicon.isCue(lang, kind, key)) {
      return true;
    }
    return lang == Language.ARABIC && key.length() > 2 && CLITICS.indexOf(key.charAt(0)) >= 0
        && lexicon.isCue(lang, kind, key.substring(1));
  }

  private static boolean isListNumber(List<FigureToken> tokens, NumberPhrase p) {
    FigureToken after = p.to() < tokens.size() ? tokens.get(p.to()) : null;
    if (after == null || p.value() >= 100) {
      return false;
    }
    String k = after.key();
    boolean marker = "-".equals(k) || ")".equals(k) || ".".equals(k) || "–".equals(k) || "/".equals(k);
    if (!marker) {
      return false;
    }
    FigureToken next = p.to() + 1 < tokens.size() ? tokens.get(p.to() + 1) : null;
    if (next == null || (next.isDigits() && !next.spaceBefore())) {
      return false;
    }
    if (p.from() == 0) {
      return true;
    }
    FigureToken before = tokens.get(p.from() - 1);
    return "(".equals(before.key()) || ":".equals(before.key()) || "\n".equals(before.key());
  }
}
