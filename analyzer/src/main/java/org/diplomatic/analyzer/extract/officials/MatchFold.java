package org.diplomatic.analyzer.extract.officials;

/**
 * Folds a word for lexicon matching only (never for output):
 * <ul>
 *   <li>harakat, superscript alef, tatweel, ZWNJ and the bidi marks typed for it are dropped;
 *   <li>alef with hamza or madda and alef wasla become bare alef;
 *   <li>alef maksura, Farsi yeh and yeh with hamza become Arabic yeh; waw with hamza becomes waw;
 *   <li>keheh becomes kaf; teh marbuta and heh with yeh become heh.
 * </ul>
 */
public final class MatchFold {
  private MatchFold() {}

  public static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u0640', '\u200C', '\u200D', '\u200E', '\u200F', '\u0670' -> { }
        case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
        case '\u0649', '\u06CC', '\u0626', '\u06D0' -> b.append('\u064A');
        case '\u0624' -> b.append('\u0648');
        case '\u06A9' -> b.append('\u0643');
        case '\u0629', '\u06C0', '\u06D5' -> b.append('\u0647');
        default -> {
          if (c < '\u064B' || c > '\u065F') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
