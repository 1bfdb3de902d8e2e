package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Finds the figures of one sentence: reads each number with {@link NumberGrammar}, drops dates, years and clause
 * numbers ({@link NumberContext}), joins ranges, then extends the span over the unit, person noun or (in Arabic) the
 * counted noun and an adjacent period word, and reads approximation words around it into the qualifier.
 */
final class FigureScanner {
  private static final String CLITICS = "وفبلك";
  private static final String ADJECTIVE_SUFFIX = "اي";

  private final FigureLexicon lexicon;
  private final NumberGrammar grammar;
  private final NumberContext context;
  private final QuantityFinder quantities;
  private final RangeReader ranges;
  private final ImpliedUnit implied;
  private final QualifierReader qualifiers;
  private final UnitOnlyFigure unitOnly;
  private final CountedNoun nouns;
  private final DefiniteNumber definite;
  private final NamingNumber naming;

  FigureScanner(FigureLexicon lexicon) {
    this.lexicon = lexicon;
    this.grammar = new NumberGrammar(lexicon);
    this.context = new NumberContext(lexicon);
    this.quantities = new QuantityFinder(lexicon);
    this.ranges = new RangeReader(lexicon, grammar, context);
    this.implied = new ImpliedUnit(lexicon, context);
    this.qualifiers = new QualifierReader(lexicon);
    this.unitOnly = new UnitOnlyFigure(lexicon, qualifiers);
    this.nouns = new CountedNoun(lexicon, grammar, context);
    this.definite = new DefiniteNumber(lexicon);
    this.naming = new NamingNumber(lexicon, context);
  }

  /** The figures among {@code tokens} (one sentence of {@code text}), in text order. */
  List<Figure> scan(String text, List<FigureToken> tokens, int sentence, Language lang, CurrencyChoice currencies) {
    tokens = withoutLoneParentheses(tokens, lang);
    List<Figure> figures = new ArrayList<>();
    Built last = null;
    int i = 0;
    while (i < tokens.size()) {
      FigureToken t = tokens.get(i);
      FigureLexicon.UnitWord prefix = null;
      int numberAt = i;
      if (!t.isWord() && !t.isDigits() && i + 1 < tokens.size()) {
        PhraseTable.Match<FigureLexicon.UnitWord> symbol = lexicon.units(lang).matchAt(tokens, i);
        if (symbol != null && symbol.length() == 1 && tokens.get(i + 1).isDigits()
            && ("currency".equals(symbol.value().kind()) || percentBefore(tokens, i))) {
          prefix = symbol.value();
          numberAt = i + 1;
        }
      }
      if (numberAt == 0 && isDash(t) && t.start() > 0 && text.charAt(t.start() - 1) == '\n' && tokens.size() > 2
          && tokens.get(1).isDigits() && !tokens.get(1).spaceBefore() && tokens.get(2).isWord()) {
        // "\n-64 كلاهك موشكي": a dash opening a line of a list is its bullet, not a minus.
        numberAt = 1;
      }
      NumberPhrase p = grammar.startsNumber(tokens.get(numberAt), lang)
              || "-".equals(tokens.get(numberAt).key()) || isMinusWord(tokens.get(numberAt), lang)
          ? grammar.parse(tokens, numberAt, lang)
          : null;
      if (p == null) {
        UnitOnlyFigure.Found bare = definite.at(text, tokens, i, sentence, lang);
        bare = bare == null ? unitOnly.at(text, tokens, i, sentence, lang) : bare;
        if (bare != null) {
          figures.add(bare.figure());
        }
        i = bare == null ? i + 1 : bare.next();
        continue;
      }
      FigureLexicon.UnitWord carried = last == null || last.figure == null ? null
          : implied.carriedCurrency(tokens, p, last.next, last.unit, lang);
      Built b = build(text, tokens, p, prefix, prefix == null ? -1 : tokens.get(i).start(), sentence, lang,
          currencies, carried);
      if (b.figure != null) {
        figures.add(b.figure);
        last = b;
      }
      i = Math.max(b.next, i + 1);
    }
    return figures;
  }

  private boolean isMinusWord(FigureToken t, Language lang) {
    FigureLexicon.NumberWord w = t.isWord() ? lexicon.number(lang, t.key()) : null;
    return w != null && "minus".equals(w.kind());
  }

  /** A figure (or nothing), the token to continue from and the figure's unit word. */
  private record Built(Figure figure, int next, FigureLexicon.UnitWord unit) {
    Built(Figure figure, int next) {
      this(figure, next, null);
    }
  }

  private Built build(String text, List<FigureToken> tokens, NumberPhrase p, FigureLexicon.UnitWord prefix,
      int prefixStart, int sentence, Language lang, CurrencyChoice currencies, FigureLexicon.UnitWord carried) {
    int n = tokens.size();
    if (context.excluded(tokens, p, lang)) {
      return new Built(null, context.skipDate(tokens, p, lang));
    }
    int named = naming.skip(tokens, p, lang);
    if (named >= 0) {
      return new Built(null, named);
    }
    if (tokens.get(p.from()).slashed() && !p.scaled()
        && (p.to() >= n || lexicon.units(lang).matchAt(tokens, p.to()) == null)) {
      // "۲/۵" is a decimal only before a scale or unit; alone it may be a date or a ratio.
      return new Built(null, p.to());
    }
    if (gluedWord(tokens, p.to(), p.fraction(), lang) || ordinalAfter(tokens, p.to())
        || sidesAfter(tokens, p.to(), lang)) {
      return new Built(null, p.to() + 1);
    }
    if (context.yearLike(tokens, p) && context.coordinatedYear(tokens, p.from())) {
      return new Built(null, p.to());
    }
    if (context.rangeToTime(tokens, p.to(), lang) || context.definiteCount(tokens, p, lang)) {
      return new Built(null, p.to());
    }
    if (context.yearLike(tokens, p) && context.markedYear(tokens, p, lang)
        && (NamingNumber.calendarYear(p.value()) || !nouns.at(tokens, p.to(), lang))) {
      // "در 1163 روستای": outside the eras of news a counted noun makes it a count.
      return new Built(null, p.to());
    }
    // Range: the first number takes the scale of the second when it has none ("8 إلى 10 ملايين").
    int between = ranges.betweenStart(tokens, p.from(), lang);
    NumberPhrase q = ranges.rangeEnd(tokens, p, between >= 0, lang);
    BigDecimal value = p.amount();
    BigDecimal min = null;
    BigDecimal max = null;
    int k = p.to();
    int end = p.end();
    if (q != null && context.excluded(tokens, q, lang)) {
      return new Built(null, context.skipDate(tokens, q, lang));
    }
    if (q != null) {
      if (context.fiscalYear(tokens, p, q) || context.shortYearPair(tokens, p, q, lang)) {
        return new Built(null, q.to());
      }
      if (context.yearLike(tokens, p) && context.yearLike(tokens, q)
          && (q.to() >= n || lexicon.units(lang).matchAt(tokens, q.to()) == null)) {
        return new Built(null, q.to());
      }
      BigDecimal scaledLow = p.amount().multiply(BigDecimal.valueOf(q.scale()));
      // "خمسمائة إلى ألف حاج": before a scale word alone, the first end keeps its value when scaling would pass it.
      boolean bareScale = q.to() - q.from() == 1 && scaledLow.compareTo(q.amount()) > 0;
      BigDecimal low = !p.scaled() && q.scaled() && p.value() < q.scale() && !bareScale ? scaledLow : p.amount();
      if (context.monthAfter(tokens, q.to(), lang)) {
        return new Built(null, q.to() + 1);
      }
      if (q.amount().compareTo(low) > 0) {
        min = low;
        max = q.amount();
        k = q.to();
        end = q.end();
      } else if (q.amount().compareTo(low) < 0 && ("-".equals(tokens.get(p.to()).key()) || between >= 0)
          && !p.scaled()) {
        // "بین 7-5 درصد"، "مابين 9.78% إلى 4.17%": typed right to left or from the top, the larger end first.
        min = q.amount();
        max = low;
        k = q.to();
        end = q.end();
      } else {
        q = null;
      }
    }
    FigureLexicon.UnitWord unit = prefix;
    int unitFrom = -1;
    int unitTo = -1;
    PhraseTable.Match<FigureLexicon.UnitWord> u = k < n ? lexicon.units(lang).matchAt(tokens, k) : null;
    if (u != null && u.value().count() == 0 && (prefix == null || !"currency".equals(u.value().kind()))
        && !eventWeek(tokens, k + u.length(), u.value(), lang) && !compoundHead(tokens, k + u.length())) {
      unit = u.value();
      unitFrom = k;
      k += u.length();
      unitTo = k;
      if (k < n && adjectiveSuffix(tokens, k)) {
        k++;
      }
      end = tokens.get(k - 1).end();
      if (implied.tonCountsPeople(tokens, p, unitFrom, unitTo, lang)) {
        unit = ImpliedUnit.PERSON;
      }
    }
    UnitOnlyFigure.Fraction fraction = unit != null && "duration".equals(unit.kind()) && q == null
        ? unitOnly.fractionAfter(tokens, k, unit, lang) : null;
    if (fraction != null) {
      value = value.add(fraction.value());
      k += fraction.length();
      end = tokens.get(k - 1).end();
    }
    if (q == null && naming.namesOrPointsBack(tokens, p, unit, lang)) {
      return new Built(null, k);
    }
    if (k < n && tokens.get(k).isWord() && unit == null && (context.cue(lang, "not_counted", tokens.get(k))
        || (q == null && namesTheParties(p, lang) && context.cue(lang, "pair", tokens.get(k))))) {
      return new Built(null, k);
    }
    if (unitFrom >= 0 && q == null && namesTheParties(p, lang) && context.cue(lang, "pair", tokens.get(unitFrom))) {
      // "دو وزیر": the two ministers of the meeting, though وزیر also counts people.
      return new Built(null, k);
    }
    if (unit == null && q == null && context.codeInParentheses(text, tokens, p)) {
      return new Built(null, k);
    }
    boolean yearLike = context.yearLike(tokens, p) && q == null;
    int counted = -1;
    if (yearLike && unit == null && lang == Language.PERSIAN && nouns.at(tokens, k, lang)
        && (!NamingNumber.calendarYear(p.value()) || context.cue(lang, "classifier", tokens.get(k))
            || context.cue(lang, "year_counted", tokens.get(k)))) {
      yearLike = false;
    }
    if (unit == null && lang == Language.ARABIC && nouns.at(tokens, k, lang) && !nouns.endsInAccusativeScale(tokens, p, lang)) {
      counted = k;
      if (nouns.namesPeople(tokens.get(k))) {
        unit = ImpliedUnit.PERSON;
      }
      k += nouns.length(tokens, k, lang);
      end = tokens.get(k - 1).end();
      if (k + 1 < n && lexicon.periods(lang).matchAt(tokens, k) == null && nouns.at(tokens, k, lang)
          && lexicon.periods(lang).matchAt(tokens, k + 1) != null) {
        k++;
        end = tokens.get(k - 1).end();
      }
    }
    Before before = lookBefore(tokens, between >= 0 && q != null ? between : p.from(), p.from(), lang);
    if (unit == null && counted < 0) {
      if (implied.personGroupAfter(tokens, k, lang) || implied.casualtyBefore(tokens, before.start(), lang)
          || implied.population(tokens, p, k, lang)) {
        unit = ImpliedUnit.PERSON;
      } else if (carried != null && (p.scaled() || !p.words())) {
        unit = carried;
      }
    }
    if (q == null && !p.scaled() && p.to() - p.from() == 1) {
      BigDecimal grouped = FigureTokenizer.dotGroupedCount(tokens.get(p.from()));
      // "10.000 ريال": three zeros after a dot group thousands whatever the unit; other digits only in a count.
      boolean count = counted >= 0 || (unit != null && "person".equals(unit.kind()));
      value = grouped != null && (count || tokens.get(p.from()).key().endsWith(".000")) ? grouped : value;
    }
    String period = null;
    PhraseTable.Match<String> per = k < n ? lexicon.periods(lang).matchAt(tokens, k) : null;
    if (per != null && k + per.length() < n && per.length() > 1
        && continuesPhrase(tokens.get(k + per.length()), lang)) {
      per = null;
    }
    if (per != null && (unit != null || counted >= 0 || q != null || !p.words() || p.scaled())) {
      period = per.value();
      k += per.length();
      end = tokens.get(k - 1).end();
    } else if (per == null && unit != null) {
      period = distantPeriod(tokens, k, lang);
    }
    String qualifier = null;
    PhraseTable.Match<FigureLexicon.Qualifier> qa = k < n ? lexicon.qualifiersAfter(lang).matchAt(tokens, k) : null;
    if (qa != null) {
      qualifier = qa.value().qualifier();
    }
    qualifier = qualifier == null ? before.qualifier() : qualifier;
    period = period == null ? before.period() : period;
    if (yearLike && counted >= 0 && "وبل".indexOf(tokens.get(counted).key().charAt(0)) >= 0) {
      // "2015 بسبب"، "2015 وتراجعت": a year before a word with a glued preposition or و, not a count.
      return new Built(null, p.to());
    }
    if (yearLike && unit == null && counted < 0 && qualifier == null) {
      return new Built(null, p.to());
    }
    if (unit == null && counted < 0 && q == null && !p.words() && !p.scaled()
        && context.editionOfEvent(tokens, p.from(), lang)) {
      return new Built(null, p.to());
    }
    if (p.ambiguous() && p.value() <= 2 && unit != null && "person".equals(unit.kind())) {
      // "یک فرد تروریستی"، "أحد المسؤولين": one before a person noun is the indefinite article; "وأثنى رئيس الوفد"
      // (praised) is no two: Arabic counts two people with a dual.
      return new Built(null, k);
    }
    if (p.scaled() && p.to() - p.from() == 1 && q == null && context.cue(lang, "vague_scale", tokens.get(p.from()))) {
      // "آلاف المهاجرين"، "مليارات من اليوروات": a plural scale word alone says "thousands of", no quantity.
      return new Built(null, p.to());
    }
    if (p.scaled() && p.to() - p.from() == 1 && q == null && p.from() > 0
        && context.cue(lang, "vague_before", tokens.get(p.from() - 1))) {
      // "چندین میلیون تومان"، "عدة ملايين": a scale word alone after "several" is no quantity.
      return new Built(null, k);
    }
    if (p.ambiguous() && p.scaled() && p.to() - p.from() == 1 && unit == null && q == null) {
      // "جمع میلیونی مردم": a scale adjective alone describes a crowd, it counts nothing.
      return new Built(null, p.to());
    }
    if (p.ambiguous() && (unit == null || "-".equals(unit.unit())) && q == null && !p.scaled() && !nouns.countsAmbiguously(tokens, p, counted, lang)) {
      return new Built(null, p.to());
    }
    if (unit != null) {
      value = value.multiply(unit.factor());
      min = min == null ? null : min.multiply(unit.factor());
      max = max == null ? null : max.multiply(unit.factor());
    }
    BigDecimal single = q == null ? value : null;
    if (p.few() && q == null) {
      single = null;
      min = value.multiply(BigDecimal.valueOf(3));
      max = value.multiply(BigDecimal.valueOf(9));
    }
    int start = prefixStart >= 0 ? prefixStart : p.start();
    String quantity = quantities.find(text, tokens, unit, unitFrom, unitTo, counted, before.start(), k, lang);
    String code = unit == null || "-".equals(unit.unit()) ? null : unit.unit();
    if (code != null && unitTo - unitFrom == 1 && "currency".equals(unit.kind())) {
      code = currencies.resolve(tokens.get(unitFrom).key(), code);
    }
    Figure f = new Figure(text.substring(start, end), number(single), number(min), number(max), code, period,
        qualifier, quantity, sentence, start, end);
    return new Built(f, k, unit);
  }

  private static Double number(BigDecimal d) {
    return d == null ? null : d.doubleValue();
  }

  /**
   * The period of a unit that a short phrase or a comma parts from its period word, which stays outside the span: "3
   * ملايين برميل من النفط يوميا" (the material named between), "20 مليار دولار، سنويا"; null when there is none.
   */
  private String distantPeriod(List<FigureToken> tokens, int k, Language lang) {
    int n = tokens.size();
    if (lang == Language.ARABIC && k + 2 < n && "من".equals(tokens.get(k).key()) && tokens.get(k + 1).isWord()) {
      PhraseTable.Match<String> far = lexicon.periods(lang).matchAt(tokens, k + 2);
      return far == null ? null : far.value();
    }
    if (k + 1 < n && ("،".equals(tokens.get(k).key()) || ",".equals(tokens.get(k).key()))) {
      // One word only: after a comma "در سال ۱۴۰۰" dates the amount.
      PhraseTable.Match<String> far = lexicon.periods(lang).matchAt(tokens, k + 1);
      return far == null || far.length() > 1 ? null : far.value();
    }
    return null;
  }

  /** What stands before a figure: a bound or approximation word and a period word ("روزانه حدود ۳۰۰"). */
  private record Before(String qualifier, String period, int start) {}

  private Before lookBefore(List<FigureToken> tokens, int from, int number, Language lang) {
    int b = from;
    if (b > 0 && b == number && tokens.get(b - 1).isWord() && !tokens.get(b).spaceBefore()
        && tokens.get(b - 1).key().length() == 1 && CLITICS.indexOf(tokens.get(b - 1).key().charAt(0)) >= 0) {
      b--;
    }
    PhraseTable.Match<FigureLexicon.Qualifier> qb = qualifiers.before(tokens, b, lang);
    if (qb == null && lang == Language.PERSIAN && b > 1 && "به".equals(tokens.get(b - 1).key())) {
      // "حداکثر به ۲۰ درصد": the bound word before the preposition.
      qb = qualifiers.before(tokens, b - 1, lang);
      b = qb == null ? b : b - 1;
    }
    String qualifier = null;
    if (qb != null) {
      qualifier = qb.value().qualifier();
      b -= qb.length();
    }
    String period = null;
    PhraseTable.Match<String> pb = b > 0 ? lexicon.periods(lang).matchBefore(tokens, b) : null;
    if (pb != null && pb.length() == 1) {
      period = pb.value();
    }
    return new Before(qualifier, period, b);
  }

  /**
   * Whether a number word runs on through a ZWNJ into a word that is not a duration ("سه‌شنبه" Tuesday,
   * "بیست‌وهشتمین" ordinal, "نیم‌سال" semester), so it is part of another word.
   */
  private boolean gluedWord(List<FigureToken> tokens, int k, boolean fraction, Language lang) {
    if (k <= 0 || k >= tokens.size()) {
      return false;
    }
    FigureToken prev = tokens.get(k - 1);
    FigureToken next = tokens.get(k);
    if (!prev.isWord() || !next.isWord() || next.spaceBefore()) {
      return false;
    }
    PhraseTable.Match<FigureLexicon.UnitWord> u = lexicon.units(lang).matchAt(tokens, k);
    return u == null || !"duration".equals(u.value().kind()) || fraction;
  }

  /** Whether the number is the head of an ordinal: "بیست و نهمین"، a digit glued to a Latin word ("5G"). */
  private boolean ordinalAfter(List<FigureToken> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    FigureToken next = tokens.get(k);
    if (next.isWord() && !next.spaceBefore() && tokens.get(k - 1).isDigits() && !next.key().isEmpty()
        && next.key().charAt(0) < 0x80) {
      return !"c".equals(next.key());
    }
    if (next.isWord() && "و".equals(next.key()) && k + 1 < tokens.size()) {
      next = tokens.get(k + 1);
    }
    return next.isWord() && (next.key().endsWith("مين") || next.key().endsWith("ومين"));
  }

  /**
   * Whether a word after "في العام" / "در سال" makes it a date phrase ("في العام الماضي"، "در سال ۲۰۲۵"، "در سال
   * جاری").
   */
  private boolean continuesPhrase(FigureToken t, Language lang) {
    return t.isDigits() || (t.isWord() && (t.text().startsWith("ال") || context.cue(lang, "which_year", t)));
  }

  /**
   * "یک هفته‌نامه" (a weekly): a unit word glued by a ZWNJ to the word after it heads another word; the adjective
   * suffix "‌ای" keeps the unit ("5/24 ميليون بشكه‌اي").
   */
  private static boolean compoundHead(List<FigureToken> tokens, int after) {
    return after < tokens.size() && tokens.get(after).isWord() && !tokens.get(after).spaceBefore()
        && tokens.get(after - 1).end() < tokens.get(after).start() && !adjectiveSuffix(tokens, after);
  }

  private static boolean adjectiveSuffix(List<FigureToken> tokens, int k) {
    return tokens.get(k).isWord() && !tokens.get(k).spaceBefore() && ADJECTIVE_SUFFIX.equals(tokens.get(k).key())
        && tokens.get(k - 1).end() < tokens.get(k).start();
  }

  /** "14 أسبوعا ثقافيا"، "۹ هفته فرهنگی": weeks named by an event word are events counted, not a duration. */
  private boolean eventWeek(List<FigureToken> tokens, int after, FigureLexicon.UnitWord unit, Language lang) {
    return "duration".equals(unit.kind()) && unit.factor().compareTo(BigDecimal.valueOf(7)) == 0
        && after < tokens.size() && context.cue(lang, "event", tokens.get(after));
  }

  /**
   * The tokens without the parentheses or guillemets around a lone number that a word precedes and a word follows, as
   * the Saudi press writes figures ("أكثر من (303) آلاف مستفيد"، "(138) مليار ريال"، "بنسبة «0.68» بالمائة"، "على \"5,000\"
   * ريال"), or around a range before a word ("(3000 -
   * 5250) ريالا"); list markers at the start stay, but a number before a scale word is an amount wherever it stands
   * ("«161» مليون ريال لتطوير" heading a report).
   */
  private List<FigureToken> withoutLoneParentheses(List<FigureToken> tokens, Language lang) {
    List<FigureToken> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      if (i + 3 < tokens.size() && opens(tokens.get(i)) && tokens.get(i + 1).isDigits()
          && closes(tokens.get(i), tokens.get(i + 2)) && tokens.get(i + 3).isWord()
          && ((i > 0 && tokens.get(i - 1).isWord()) || scaleWord(tokens.get(i + 3), lang))) {
        out.add(tokens.get(i + 1));
        i += 3;
      } else if (i > 0 && i + 5 < tokens.size() && "(".equals(tokens.get(i).key()) && tokens.get(i + 1).isDigits()
          && isDash(tokens.get(i + 2)) && tokens.get(i + 3).isDigits() && ")".equals(tokens.get(i + 4).key())
          && tokens.get(i + 5).isWord()) {
        // "من ( 50 – 500 ) ريال": a range in parentheses before its unit.
        out.addAll(tokens.subList(i + 1, i + 4));
        i += 5;
      } else {
        out.add(tokens.get(i));
        i++;
      }
    }
    return out;
  }

  private boolean scaleWord(FigureToken t, Language lang) {
    FigureLexicon.NumberWord w = lexicon.number(lang, t.key());
    return w != null && "scale".equals(w.kind());
  }

  private static boolean opens(FigureToken t) {
    return "(".equals(t.key()) || "«".equals(t.key()) || "\"".equals(t.key()) || "“".equals(t.key());
  }

  private static boolean closes(FigureToken open, FigureToken t) {
    return switch (open.key()) {
      case "(" -> ")".equals(t.key());
      case "«" -> "»".equals(t.key());
      // "على \"10,000\" ريال": straight and curly quotes around an amount, as the Saudi press writes prizes.
      case "\"" -> "\"".equals(t.key());
      default -> "”".equals(t.key()) || "″".equals(t.key());
    };
  }

  private static boolean isDash(FigureToken t) {
    return "-".equals(t.key()) || "–".equals(t.key());
  }

  /** "%93": a percent sign glued before the digits and not after a number (Persian text typed left to right). */
  private static boolean percentBefore(List<FigureToken> tokens, int i) {
    String key = tokens.get(i).key();
    boolean percent = "%".equals(key) || "٪".equals(key);
    return percent && !tokens.get(i + 1).spaceBefore() && (i == 0 || !tokens.get(i - 1).isDigits()
        || tokens.get(i).spaceBefore());
  }

  /** "سه و چهارجانبه"، "دو و چند جانبه": a number word joined by و to a "-lateral" adjective. */
  private boolean sidesAfter(List<FigureToken> tokens, int k, Language lang) {
    if (lang != Language.PERSIAN || k + 1 >= tokens.size() || !"و".equals(tokens.get(k).key())) {
      return false;
    }
    for (int j = k + 1; j < Math.min(tokens.size(), k + 3); j++) {
      FigureToken t = tokens.get(j);
      if (t.isWord() && (t.key().endsWith("جانبه") || context.cue(lang, "not_counted", t))) {
        return true;
      }
    }
    return false;
  }

  /** "دو کشور"، "2 کشور"، "سه طرف": two (or, in words, three) before a pair word names the parties, not a count. */
  private static boolean namesTheParties(NumberPhrase p, Language lang) {
    double v = p.value();
    return v == 2 && (p.words() || lang == Language.PERSIAN) || v == 3 && p.words();
  }
}
