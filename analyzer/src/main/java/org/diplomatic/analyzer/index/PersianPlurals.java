package org.diplomatic.analyzer.index;

/**
 * Reduces a folded Persian plural (ZWNJ already removed, ی/ک as Arabic ي/ك) to its singular:
 *
 * <ul>
 *   <li>ها and ها + ی (ezafe or indefinite), ها + یی, ها + یش / یشان / یمان / یتان (possessive): كشورهاي to كشور,
 *       همكاريها to همكاري, while at least two letters remain;
 *   <li>گان to ه (نمايندگان to نماينده), while at least three letters remain.
 * </ul>
 *
 * The plurals in ان and ات are left to Lucene's Arabic light stemmer, which strips them for Arabic too; words that
 * merely end like a plural (تنها, ايران, رايگان) are the caller's to keep whole.
 */
final class PersianPlurals {
  private static final String[] HA_ENDINGS = {"هايشان", "هايمان", "هايتان", "هايش", "هايي", "هاي", "ها"};
  private static final String GAN = "گان";
  private static final int MIN_HA_STEM = 2;
  private static final int MIN_GAN_STEM = 3;

  private PersianPlurals() {}

  /** The singular of {@code word}, or {@code word} when it has no plural ending. */
  static String singular(String word) {
    for (String ending : HA_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_HA_STEM) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    if (word.endsWith(GAN) && word.length() - GAN.length() >= MIN_GAN_STEM) {
      return word.substring(0, word.length() - GAN.length()) + "ه";
    }
    return word;
  }
}
