package org.diplomatic.analyzer.extract.quotes;

import java.util.List;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.text.Token;

/**
 * The words that open an Arabic verb's reported words: إن / أن / بأن / لأن with or without a pronoun (أنه، إنها،
 * بأننا), a colon, and قائلا / قائلة.
 */
final class ArabicClauseOpeners {
  private static final Pattern OPENER =
      Pattern.compile("[وف]?[بل]?[أإا]ن(ه|ها|هم|هما|نا|ني|ي)?|:|[وف]?قائل(ا|ة|اً|ين)");

  private ArabicClauseOpeners() {}

  /** True when {@code word} opens reported words. */
  static boolean opens(String word) {
    return OPENER.matcher(word).matches();
  }

  /** True when one of {@code tokens} opens reported words. */
  static boolean anyIn(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> opens(t.text()));
  }
}
