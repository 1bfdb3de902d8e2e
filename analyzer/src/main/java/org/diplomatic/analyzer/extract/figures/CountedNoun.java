package org.diplomatic.analyzer.extract.figures;

import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * The noun a bare number counts ("3 اتفاقيات"، "خمس جهات"، "100 ألف سلة غذائية"): an indefinite content word after the
 * number, with the compound term or negated adjective that belongs to it, so the span can take it (the Arabic gold
 * does; Persian keeps bare counts to the number).
 */
final class CountedNoun {
  private static final String CLITICS = "وفبلك";
  private static final String ACCUSATIVE = "ا";

  private final FigureLexicon lexicon;
  private final NumberGrammar grammar;
  private final NumberContext context;

  CountedNoun(FigureLexicon lexicon, NumberGrammar grammar, NumberContext context) {
    this.lexicon = lexicon;
    this.grammar = grammar;
    this.context = context;
  }

  /**
   * Whether a number word that is a figure only in context (خمس a fifth, ست a lady) counts the noun after it: a value
   * of three or more (أثنى "praised" folds like اثني) before an indefinite counted noun that no definite noun follows
   * ("خمس جهات حكومية", not "خمس سكان العالم").
   */
  boolean countsAmbiguously(List<FigureToken> tokens, NumberPhrase p, int counted, Language lang) {
    FigureLexicon.NumberWord w = lexicon.number(lang, tokens.get(p.from()).key());
    if (counted < 0 || p.value() < 3 || w == null || !"unit".equals(w.kind())
        || tokens.get(counted).key().startsWith("لل")) {
      return false;
    }
    int after = counted + 1;
    // "زاد ست منصات الأسبوع الماضي": a sound feminine plural after the word is counted, whatever follows it.
    String noun = tokens.get(counted).key();
    return after >= tokens.size() || !tokens.get(after).isWord() || !tokens.get(after).key().startsWith("ال")
        || (lang == Language.ARABIC && noun.length() > 4 && noun.endsWith("ات"));
  }

  /**
   * How many tokens the counted noun at {@code k} covers: a compound term ("سلة غذائية"، "منحة دراسية") or a noun with a
   * negated adjective ("معبرا غير شرعي") as a whole, else the noun alone.
   */
  int length(List<FigureToken> tokens, int k, Language lang) {
    PhraseTable.Match<String> compound = lexicon.cues(lang, "compound").matchAt(tokens, k);
    if (compound != null && compound.length() > 1) {
      return compound.length();
    }
    if (k + 2 < tokens.size() && tokens.get(k + 1).isWord() && "غير".equals(tokens.get(k + 1).key())
        && tokens.get(k + 2).isWord() && tokens.get(k + 2).spaceBefore()) {
      return 3;
    }
    return 1;
  }

  /**
   * Whether a counted noun is a relative adjective used as a noun, which names members of a group of people: "27
   * إعلامياً"، "44 سودانيا"، "22 حوثيا"، "150 مصريين" (the indefinite accusative or the sound plural of a nisba). The
   * broken plurals on فعايا and فعايين (قضايا، هدايا، شرايين) and adverbs (listed as stop words) are left out.
   */
  boolean namesPeople(FigureToken t) {
    String key = t.key();
    if (key.length() >= 5 && key.endsWith("يا") && !key.endsWith("ايا")) {
      return true;
    }
    return key.length() >= 6 && (key.endsWith("يين") || key.endsWith("يون")) && !key.endsWith("ايين");
  }

  /**
   * Whether an Arabic number ends in a scale word in the indefinite accusative after digits or a number word ("134
   * مليوناً"، "323 مليارا"، "12 ألفا"): the counted noun follows the construct form ("134 مليون ريال"), so the word
   * after the accusative starts the next phrase ("مليوناً يستقبل"، "ألفا لكنها"). "مليونا زائر" alone is a dual.
   */
  boolean endsInAccusativeScale(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    if (lang != Language.ARABIC || p.to() - p.from() < 2) {
      return false;
    }
    FigureToken last = tokens.get(p.to() - 1);
    FigureLexicon.NumberWord w = last.isWord() ? lexicon.number(lang, last.key()) : null;
    return w != null && "scale".equals(w.kind()) && last.key().endsWith(ACCUSATIVE);
  }

  /**
   * "منها 8 مليارات ينفذها القطاع الخاص"، "مليون آخر يزورونها": an imperfect verb (prefix ي، ت، ن) with an object
   * pronoun is never the noun a number counts; a counted noun is indefinite and takes no pronoun.
   */
  private static boolean verbWithObject(String key) {
    return key.length() >= 5 && "يتن".indexOf(key.charAt(0)) >= 0
        && (key.endsWith("ها") || key.endsWith("هم") || key.endsWith("هما"));
  }

  /**
   * "نحو 300 عادوا"، "700 سافروا": a verb in the past plural (the ending وا) starts the clause about the people counted;
   * a noun ending so (عضوا) is a person noun the unit list reads first.
   */
  private static boolean pastPlural(String key) {
    return key.length() >= 4 && key.endsWith("وا");
  }

  /** "الوزارة"، "للواردات"، "والمشاريع"، "بالمئة": a definite word, alone or after a clitic, is never counted. */
  private static boolean isDefinite(String word) {
    return word.startsWith("ال") || word.startsWith("لل")
        || (word.length() > 3 && CLITICS.indexOf(word.charAt(0)) >= 0 && word.startsWith("ال", 1));
  }

  /** Whether token {@code k} is a counted noun after a bare number ("3 اتفاقيات"، "٣ سفن"): an indefinite content word. */
  boolean at(List<FigureToken> tokens, int k, Language lang) {
    if (k >= tokens.size()) {
      return false;
    }
    FigureToken t = tokens.get(k);
    if (!t.isWord() || !t.spaceBefore() || t.key().length() < 2 || isDefinite(t.text())) {
      return false;
    }
    if (lang == Language.ARABIC && t.key().startsWith("وا")) {
      // "استشهاد 15 وإصابة 33": و before a hamza-initial noun is the conjunction, not a counted noun.
      return false;
    }
    if (lang == Language.ARABIC && (verbWithObject(t.key()) || pastPlural(t.key()))) {
      return false;
    }
    return !lexicon.isCue(lang, "stop", t.key()) && !context.cue(lang, "month", t)
        && !lexicon.isCue(lang, "year_after", t.key()) && !grammar.startsNumber(t, lang)
        && lexicon.periods(lang).matchAt(tokens, k) == null
        && lexicon.qualifiersAfter(lang).matchAt(tokens, k) == null
        && !context.cue(lang, "range_to", t) && !context.cue(lang, "not_counted", t);
  }
}
