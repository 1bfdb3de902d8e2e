package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a stretch of the original text into {@link FigureToken}s: letter runs (split at ZWNJ, glued clitics stay
 * separate from digits), digit runs in any script with their thousands and decimal separators (",", "٬" and "،"
 * before three digits; dots when two or more split groups of three: "1.250.000"), and single punctuation characters.
 * Linear in the input; never alters the text.
 */
final class FigureTokenizer {
  private static final char ZWNJ = '\u200C';
  private static final char SOFT_HYPHEN = '\u00AD';
  private static final char RLM = '\u200F';
  private static final char LRM = '\u200E';
  private static final char TATWEEL = '\u0640';
  private static final char ARABIC_THOUSANDS = '\u066C';
  private static final char ARABIC_DECIMAL = '\u066B';
  private static final char ARABIC_COMMA = '\u060C';
  private static final char REH = '\u0631';
  private static final String THREE_ZEROS = "000";

  /** Persian scale words that writers glue to the و of the next number ("هزارو 777"), folded. */
  private static final Set<String> SCALES_BEFORE_GLUED_AND = Set.of(
      FigureFolding.fold("هزار"), FigureFolding.fold("میلیون"), FigureFolding.fold("میلیارد"));

  private FigureTokenizer() {}

  static List<FigureToken> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text[from, to)}; offsets are indices into {@code text}. */
  static List<FigureToken> tokenize(String text, int from, int to) {
    List<FigureToken> tokens = new ArrayList<>();
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
        i++;
      } else if (c == ZWNJ || c == SOFT_HYPHEN || c == LRM || c == RLM) {
        // Direction marks are invisible: "۸۰ هزار نفر" with a right-to-left mark before هزار is one number.
        i++;
      } else if (isLetter(c)) {
        int j = i + 1;
        while (j < to && isLetter(text.charAt(j))) {
          j++;
        }
        String word = text.substring(i, j);
        String folded = FigureFolding.fold(word);
        if (gluedAnd(folded)) {
          // "6 هزارو 900": a Persian scale word with the و of the next number glued to it is the scale and و.
          tokens.add(new FigureToken(FigureToken.Kind.WORD, word.substring(0, word.length() - 1),
              folded.substring(0, folded.length() - 1), i, j - 1, null, false, false, 0, false, false, space));
          tokens.add(new FigureToken(FigureToken.Kind.WORD, "و", "و", j - 1, j, null, false, false, 0, false, false,
              false));
          space = false;
          i = j;
          continue;
        }
        tokens.add(new FigureToken(FigureToken.Kind.WORD, word, folded, i, j, null, false, false,
            0, false, false, space));
        space = false;
        i = j;
      } else if (Character.isDigit(c)) {
        i = readDigits(text, i, to, space, tokens);
        space = false;
      } else {
        String s = String.valueOf(c);
        tokens.add(new FigureToken(FigureToken.Kind.PUNCT, s, s, i, i + 1, null, false, false, 0, false, false, space));
        space = false;
        i++;
      }
    }
    return tokens;
  }

  private static boolean gluedAnd(String folded) {
    return folded.length() > 1 && folded.charAt(folded.length() - 1) == '\u0648'
        && SCALES_BEFORE_GLUED_AND.contains(folded.substring(0, folded.length() - 1));
  }

  static boolean isLetter(char c) {
    if (c == TATWEEL || Character.isLetter(c)) {
      return true;
    }
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static int readDigits(String text, int from, int to, boolean space, List<FigureToken> out) {
    StringBuilder plain = new StringBuilder();
    int i = from;
    int intDigits = 0;
    boolean decimal = false;
    boolean compound = false;
    boolean separated = false;
    boolean dotGroups = dotGroups(text, from, to);
    int mirrored = mirroredDecimalEnd(text, from, to);
    if (mirrored > 0) {
      return readMirrored(text, from, mirrored, space, out);
    }
    int spaced = mirroredGroupsEnd(text, from, to);
    if (spaced > 0) {
      return readMirroredGroups(text, from, spaced, space, out);
    }
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        plain.append((char) ('0' + Character.digit(c, 10)));
        if (!decimal) {
          intDigits++;
        }
        i++;
        continue;
      }
      boolean digitNext = i + 1 < to && Character.isDigit(text.charAt(i + 1));
      if (!digitNext) {
        break;
      }
      if ((c == ',' || c == ARABIC_THOUSANDS || c == ARABIC_COMMA || (c == '.' && dotGroups)) && !decimal
          && groupOfThree(text, i + 1, to)) {
        separated = true;
        i++;
      } else if ((c == '.' || c == ARABIC_DECIMAL || isCommaDecimal(text, c, i + 1, to)) && !decimal) {
        decimal = true;
        plain.append('.');
        i++;
      } else if (c == '/' || c == ':' || c == '.' || c == ARABIC_DECIMAL) {
        compound = true;
        plain.setLength(0);
        i++;
      } else {
        break;
      }
    }
    String digits = plain.toString();
    boolean slashed = compound && slashDecimal(text, from, i);
    if (slashed) {
      digits = text.substring(from, i).replace('/', '.');
      digits = normalizeDigits(digits);
      compound = false;
    }
    BigDecimal value = compound || digits.isEmpty() ? null : new BigDecimal(digits);
    boolean leadingZero = !decimal && digits.length() > 1 && digits.charAt(0) == '0';
    String surface = text.substring(from, i);
    out.add(new FigureToken(FigureToken.Kind.DIGITS, surface, digits, from, i, value, compound, leadingZero,
        intDigits, separated, slashed, space));
    return i;
  }

  /**
   * The end of a decimal the press stored right to left: "3.\u200F2" (digits, a dot, RLM, digits) and the news
   * agencies' "88ر3" (digits, the letter reh, digits) are displayed and meant as 2.3 and 3.88; -1 when the digits at
   * {@code from} are not written so.
   */
  private static int mirroredDecimalEnd(String text, int from, int to) {
    int dot = from + digitsAt(text, from, to);
    int mark = separatorLength(text, dot, to);
    if (mark == 0) {
      return -1;
    }
    int n = digitsAt(text, dot + mark, to);
    return n == 0 ? -1 : dot + mark + n;
  }

  private static int separatorLength(String text, int at, int to) {
    if (at + 1 >= to) {
      return 0;
    }
    char c = text.charAt(at);
    if ((c == '.' || c == ARABIC_DECIMAL) && text.charAt(at + 1) == RLM) {
      return 2;
    }
    if (c == ' ' && at + 3 < to && text.charAt(at + 1) == REH && text.charAt(at + 2) == ' '
        && Character.isDigit(text.charAt(at + 3))) {
      // "56 ر 4 %": the agencies' reh decimal with spaces around the reh.
      return 3;
    }
    return c == REH && Character.isDigit(text.charAt(at + 1)) ? 1 : 0;
  }

  /**
   * The end of an amount the UN documents group with spaces, stored with its groups in reverse ("000 300 579 دولار"
   * shows and means 579 300 000): three-digit groups, then a last group of one to three digits and a word; at least
   * three groups, or two when the first starts with 0. -1 otherwise.
   */
  private static int mirroredGroupsEnd(String text, int from, int to) {
    int i = from;
    int groups = 0;
    int n = digitsAt(text, i, to);
    boolean zeroFirst = Character.digit(text.charAt(from), 10) == 0;
    while (n == 3 && i + 4 < to && text.charAt(i + 3) == ' ' && Character.isDigit(text.charAt(i + 4))) {
      groups++;
      i += 4;
      n = digitsAt(text, i, to);
    }
    if (groups == 0 || n > 3 || (groups < 2 && !zeroFirst)) {
      return -1;
    }
    int end = i + n;
    return end + 1 < to && text.charAt(end) == ' ' && isLetter(text.charAt(end + 1)) ? end : -1;
  }

  private static int readMirroredGroups(String text, int from, int end, boolean space, List<FigureToken> out) {
    String[] groups = normalizeDigits(text.substring(from, end)).split(" ");
    StringBuilder digits = new StringBuilder();
    for (int g = groups.length - 1; g >= 0; g--) {
      digits.append(groups[g]);
    }
    String plain = new BigDecimal(digits.toString()).toPlainString();
    out.add(new FigureToken(FigureToken.Kind.DIGITS, text.substring(from, end), plain, from, end,
        new BigDecimal(plain), false, false, plain.length(), true, false, space));
    return end;
  }

  private static int readMirrored(String text, int from, int end, boolean space, List<FigureToken> out) {
    int dot = from + digitsAt(text, from, end);
    int mark = separatorLength(text, dot, end);
    String fraction = normalizeDigits(text.substring(from, dot));
    String whole = normalizeDigits(text.substring(dot + mark, end));
    // "000ر12" shows as 12ر000: three zeros group thousands, as after a dot.
    String digits = THREE_ZEROS.equals(fraction) ? whole + fraction : whole + "." + fraction;
    out.add(new FigureToken(FigureToken.Kind.DIGITS, text.substring(from, end), digits, from, end,
        new BigDecimal(digits), false, false, end - dot - mark, false, false, space));
    return end;
  }

  /** "1.250.000": one to three digits, then two or more groups of three digits each after a dot. */
  private static boolean dotGroups(String text, int from, int to) {
    int i = from;
    int lead = 0;
    while (i < to && Character.isDigit(text.charAt(i))) {
      i++;
      lead++;
    }
    int groups = 0;
    while (lead >= 1 && lead <= 3 && i < to && text.charAt(i) == '.' && digitsAt(text, i + 1, to) == 3) {
      i += 4;
      groups++;
    }
    return groups >= 2 && digitsAt(text, i, to) == 0;
  }

  private static int digitsAt(String text, int at, int to) {
    int n = 0;
    while (at + n < to && Character.isDigit(text.charAt(at + n))) {
      n++;
    }
    return n;
  }

  /**
   * The count a dot-grouped number means ("12.450 شاحنة" is 12450 trucks): one to three digits, a dot and three
   * digits; null for any other token. Only a caller that knows the number counts whole things may use it.
   */
  static BigDecimal dotGroupedCount(FigureToken t) {
    String s = t.text();
    int dot = s.indexOf('.');
    if (!t.isDigits() || dot < 1 || dot > 3 || s.length() - dot - 1 != 3 || s.indexOf('.', dot + 1) >= 0) {
      return null;
    }
    return new BigDecimal(t.key().replace(".", ""));
  }

  /** A thousands separator before one or two digits is a decimal separator as written ("٢٬٤ مليون"). */
  private static boolean isCommaDecimal(String text, char c, int at, int to) {
    if (c != ',' && c != ARABIC_THOUSANDS) {
      return false;
    }
    int n = 0;
    while (at + n < to && Character.isDigit(text.charAt(at + n))) {
      n++;
    }
    return n == 1 || n == 2;
  }

  /** "۲/۵": one slash between one to three digits and one or two digits (no other separator). */
  private static boolean slashDecimal(String text, int from, int to) {
    String s = text.substring(from, to);
    int slash = s.indexOf('/');
    if (slash < 1 || slash > 3 || s.indexOf('/', slash + 1) >= 0 || s.length() - slash - 1 > 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (i != slash && !Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String normalizeDigits(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
    }
    return sb.toString();
  }

  private static boolean groupOfThree(String text, int at, int to) {
    int n = 0;
    while (at + n < to && Character.isDigit(text.charAt(at + n))) {
      n++;
    }
    return n == 3;
  }
}
