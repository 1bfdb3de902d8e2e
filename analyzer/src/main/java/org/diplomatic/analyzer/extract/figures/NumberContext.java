package org.diplomatic.analyzer.extract.figures;

import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * Decides from the words around a number whether it is not a figure: a date or year (١٥ مارس، عام 2025، ۱۴۰۳), a
 * clause, list, page or phone number (المادة 4، 1-، ماده ۴), an ordinal (الـ15) or a code with a leading zero.
 */
final class NumberContext {
  private static final String CLITICS = "وفبلك";

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
    if (before != null && ("+".equals(before.key()) || "#".equals(before.key()))) {
      return true;
    }
    if (before != null && before.isWord() && !first.spaceBefore() && first.isDigits()
        && ("ال".equals(before.key()) || "لل".equals(before.key()))) {
      return true;
    }
    if (before != null && cue(lang, "clause", before)) {
      return true;
    }
    if (before != null && cue(lang, "month", before) && singleDigits) {
      return true;
    }
    if (after != null && after.isWord() && cue(lang, "month", after) && p.value() >= 1 && p.value() <= 31) {
      return true;
    }
    return singleDigits && (isListNumber(tokens, p) || inHyphenChain(tokens, p.from()));
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
    while (k < tokens.size() && tokens.get(k).isWord() && cue(lang, "month", tokens.get(k))) {
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
