package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Reads one number from a token position: digits in any script, Arabic cardinals in all case forms and both orders
 * of units and tens, Persian cardinals with or without the و joiner, hundreds, scale words with duals and plurals,
 * fractions (نصف، ثلاثة أرباع، سه‌چهارم، یک و نیم), "بضعة" and a leading minus word or sign. Deterministic and linear:
 * one pass over the tokens, no backtracking.
 */
final class NumberGrammar {
  private static final String CLITICS = "وفبلك";

  private final FigureLexicon lexicon;

  NumberGrammar(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The number starting at token {@code i}, or null when none starts there. */
  NumberPhrase parse(List<FigureToken> tokens, int i, Language lang) {
    int n = tokens.size();
    int j = i;
    int sign = 1;
    int start = -1;
    FigureToken first = tokens.get(i);
    NumberElement head = element(first, lang, true);
    if (head != null && "minus".equals(head.kind()) && i + 1 < n && startsNumber(tokens.get(i + 1), lang)) {
      sign = -1;
      start = first.start();
      j++;
    } else if ("-".equals(first.key()) && i + 1 < n && tokens.get(i + 1).isDigits()
        && !tokens.get(i + 1).spaceBefore() && (i == 0 || !tokens.get(i - 1).isDigits())
        && (i == 0 || first.spaceBefore())) {
      sign = -1;
      start = first.start();
      j++;
    }
    NumberValue s = new NumberValue();
    int end = -1;
    while (j < n) {
      int k = j;
      boolean conj = false;
      if (s.elements > 0 && tokens.get(k).isWord() && "و".equals(tokens.get(k).key()) && k + 1 < n) {
        conj = true;
        k++;
      }
      FigureToken tok = tokens.get(k);
      NumberElement e = element(tok, lang, s.elements == 0 || !conj);
      if (e == null || "minus".equals(e.kind())) {
        break;
      }
      if (s.elements > 0 && e.clitic() > 0) {
        if (!e.conjClitic() || conj) {
          break;
        }
        conj = true;
      }
      if (s.elements > 0 && tok.isDigits() && !conj) {
        break;
      }
      if (conj && s.scaled && !"scale".equals(e.kind()) && !"fraction".equals(e.kind()) && k + 1 < n) {
        // "700 ألف و800 ألف": a second amount with its own scale as large is coordinated, not added.
        NumberElement next = element(tokens.get(k + 1), lang, false);
        if (next != null && "scale".equals(next.kind()) && next.value().doubleValue() == s.lastScale) {
          break;
        }
      }
      if ("point".equals(e.kind())) {
        int after = decimalWords(s, tokens, k + 1, lang);
        if (after < 0) {
          break;
        }
        end = tokens.get(after - 1).end();
        j = after;
        continue;
      }
      if ("fraction".equals(e.kind()) && conj && s.elements > 0) {
        int next = k + 1;
        NumberElement scale = next < n ? element(tokens.get(next), lang, false) : null;
        if (scale == null && next < n) {
          // "أربعة مليارات ونصف المليار": the half takes the scale with its article.
          scale = definiteScale(tokens.get(next), lang);
        }
        if (scale != null && "scale".equals(scale.kind()) && s.addScaledFraction(e.value(), scale.value())) {
          end = tokens.get(next).end();
          j = next + 1;
          continue;
        }
        s.addFraction(e.value());
        end = tok.end();
        j = k + 1;
        continue;
      }
      if (!s.accept(e, conj)) {
        break;
      }
      if (start < 0) {
        start = tok.start() + e.clitic();
      }
      end = tok.end();
      j = k + 1;
    }
    if (s.elements == 0) {
      return null;
    }
    BigDecimal value = sign < 0 ? s.value().negate() : s.value();
    // Two number words together ("أحد عشر"، "سی و یک") or a sign make even ambiguous words a number.
    boolean ambiguous = !s.unambiguous && s.elements < 2 && sign > 0;
    return new NumberPhrase(value, i, j, start, end, s.scaled ? s.lastScale : 1, ambiguous, s.few, !s.digits,
        s.fractionOnly);
  }

  /** Whether a number can start at this token. */
  boolean startsNumber(FigureToken t, Language lang) {
    NumberElement e = element(t, lang, true);
    return e != null && !"minus".equals(e.kind()) && !"point".equals(e.kind()) && !"denominator".equals(e.kind())
        && !"plural_fraction".equals(e.kind());
  }

  private NumberElement element(FigureToken t, Language lang, boolean clitics) {
    if (t.isDigits()) {
      return t.number() == null ? null : new NumberElement("digits", t.number(), 1, false, 0, false);
    }
    if (!t.isWord()) {
      return null;
    }
    FigureLexicon.NumberWord w = lexicon.number(lang, t.key());
    if (w != null) {
      return new NumberElement(w.kind(), w.value(), w.count(), w.ambiguous(), 0, false);
    }
    String key = t.key();
    // "كمية" (quantity) is no ك before "مية": the comparative clitic only before a longer number word.
    if (clitics && lang == Language.ARABIC && key.length() > 2 && CLITICS.indexOf(key.charAt(0)) >= 0
        && (key.charAt(0) != 'ك' || key.length() > 4)) {
      w = lexicon.number(lang, key.substring(1));
      if (w != null && !"point".equals(w.kind())) {
        int clitic = cliticLength(t.text());
        return new NumberElement(w.kind(), w.value(), w.count(), w.ambiguous(), clitic, key.charAt(0) == 'و');
      }
    }
    return null;
  }

  private NumberElement definiteScale(FigureToken t, Language lang) {
    String key = t.key();
    if (lang != Language.ARABIC || !t.isWord() || !key.startsWith("ال")) {
      return null;
    }
    FigureLexicon.NumberWord w = lexicon.number(lang, key.substring(2));
    return w == null || !"scale".equals(w.kind()) ? null
        : new NumberElement(w.kind(), w.value(), w.count(), w.ambiguous(), 0, false);
  }

  /** Characters of the surface form up to and including the first letter and any tatweel or marks after it. */
  private static int cliticLength(String text) {
    int i = 1;
    while (i < text.length()
        && (text.charAt(i) == '\u0640' || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
      i++;
    }
    return i;
  }

  /** Reads the digits after "فاصلة" (digits, or one word per digit); returns the token after them or -1. */
  private int decimalWords(NumberValue s, List<FigureToken> tokens, int from, Language lang) {
    StringBuilder fraction = new StringBuilder();
    int k = from;
    if (k < tokens.size() && tokens.get(k).isDigits() && tokens.get(k).key().matches("[0-9]+")) {
      fraction.append(tokens.get(k).key());
      k++;
    }
    while (fraction.length() == 0 || !tokens.get(k - 1).isDigits()) {
      NumberElement e = k < tokens.size() ? element(tokens.get(k), lang, false) : null;
      if (e == null || !("unit".equals(e.kind()) || "zero".equals(e.kind()))) {
        break;
      }
      fraction.append(e.value().intValue());
      k++;
    }
    return fraction.length() > 0 && s.addDecimal(new BigDecimal("0." + fraction)) ? k : -1;
  }
}
