package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Finds the second number of a range after a first one: "8 إلى 10"، "من 3 لـ5"، "3-5"، "۳ تا ۵", "۲ یا ۳ هفته"، "2 و3" or
 * "۳ و ۵" only after بين / بین, and two Persian number words in a row one apart ("یکی دو هفته"، "دو سه روز"). The
 * caller gives the first number the scale of the second when it has none.
 */
final class RangeReader {
  private final FigureLexicon lexicon;
  private final NumberGrammar grammar;
  private final NumberContext context;

  RangeReader(FigureLexicon lexicon, NumberGrammar grammar, NumberContext context) {
    this.lexicon = lexicon;
    this.grammar = grammar;
    this.context = context;
  }

  /** The index of "بين"/"بین"/"ما بين" just before the number, or -1. */
  int betweenStart(List<FigureToken> tokens, int from, Language lang) {
    PhraseTable.Match<String> m = from > 0 ? lexicon.cues(lang, "range_between").matchBefore(tokens, from) : null;
    if (m != null) {
      return from - m.length();
    }
    if (from > 0 && context.cue(lang, "range_between", tokens.get(from - 1))) {
      return from - 1;
    }
    return -1;
  }

  /** The second number of a range right after {@code p} ("إلى 10"، "-20"، "تا ۵"، "و3" after بين), or null. */
  NumberPhrase rangeEnd(List<FigureToken> tokens, NumberPhrase p, boolean between, Language lang) {
    int k = p.to();
    // "بين 23% إلى 29%": after بين both ends may carry the percent sign.
    boolean percentFirst = between && k + 1 < tokens.size() && percentSign(tokens.get(k));
    if (percentFirst) {
      k++;
    }
    if (k >= tokens.size()) {
      return null;
    }
    FigureToken c = tokens.get(k);
    int from;
    if ("-".equals(c.key()) || "–".equals(c.key())) {
      if (!tokens.get(p.from()).isDigits() || k + 1 >= tokens.size() || !tokens.get(k + 1).isDigits()) {
        return null;
      }
      from = k + 1;
    } else if (c.isWord() && (lexicon.isCue(lang, "range_to", c.key()) || lexicon.isCue(lang, "range_or", c.key())
        || (between && lexicon.isCue(lang, "range_and", c.key())))) {
      from = k + 1;
    } else if (lang == Language.PERSIAN && nextWordNumber(tokens, p, lang)) {
      return grammar.parse(tokens, k, lang);
    } else if (c.isWord() && lang == Language.ARABIC && grammar.startsNumber(c, lang)
        && (c.key().startsWith("ل") || (between && c.key().startsWith("و")))) {
      from = k;
    } else {
      return null;
    }
    if (from >= tokens.size() || !grammar.startsNumber(tokens.get(from), lang)) {
      return null;
    }
    NumberPhrase q = grammar.parse(tokens, from, lang);
    if (q == null || q.ambiguous()) {
      return null;
    }
    if (percentFirst && (q.to() >= tokens.size() || !percentSign(tokens.get(q.to())))) {
      return null;
    }
    return q;
  }

  private static boolean percentSign(FigureToken t) {
    return "%".equals(t.key()) || "\u066A".equals(t.key());
  }

  /** "یکی دو"، "دو سه": one number word (one to eight) and, spaced, the word for the next number. */
  private boolean nextWordNumber(List<FigureToken> tokens, NumberPhrase p, Language lang) {
    int k = p.to();
    if (p.to() - p.from() != 1 || !p.words() || p.scaled() || !tokens.get(k).isWord()) {
      return false;
    }
    FigureLexicon.NumberWord first = lexicon.number(lang, tokens.get(p.from()).key());
    FigureLexicon.NumberWord second = lexicon.number(lang, tokens.get(k).key());
    return first != null && second != null && "unit".equals(first.kind()) && "unit".equals(second.kind())
        && second.value().subtract(first.value()).compareTo(BigDecimal.ONE) == 0;
  }
}
