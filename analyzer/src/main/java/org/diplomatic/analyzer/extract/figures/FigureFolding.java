package org.diplomatic.analyzer.extract.figures;

/**
 * Folds a word for lexicon matching only (figures keep the original text):
 * <ul>
 *   <li>diacritics and tatweel are removed;
 *   <li>alef with hamza or madda and alef wasla become bare alef;
 *   <li>alef maqsura and Persian yeh become Arabic yeh; keheh becomes Arabic kaf;
 *   <li>teh marbuta and heh with yeh above become heh;
 *   <li>Latin letters are lower-cased.
 * </ul>
 */
final class FigureFolding {
  private static final char TATWEEL = '\u0640';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF = '\u0627';
  private static final char ALEF_MAQSURA = '\u0649';
  private static final char FARSI_YEH = '\u06CC';
  private static final char YEH = '\u064A';
  private static final char KEHEH = '\u06A9';
  private static final char KAF = '\u0643';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH_YEH = '\u06C0';
  private static final char HEH = '\u0647';

  private FigureFolding() {}

  static String fold(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> sb.append(ALEF);
        case ALEF_MAQSURA, FARSI_YEH -> sb.append(YEH);
        case KEHEH -> sb.append(KAF);
        case TEH_MARBUTA, HEH_YEH -> sb.append(HEH);
        default -> sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
