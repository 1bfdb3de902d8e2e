package org.diplomatic.analyzer.ledger;

/**
 * A key of how a name sounds, so that a place or project name written by Persian and by Arabic meets: Arabic writes
 * چ as تش or ج (چابهار / تشابهار) and گ as غ، ق، ك or ج (گرمسار / غرمسار); the long vowels and the final heh that one
 * script writes and the other drops (آستاراخان / أستراخان) are left out. Words in {@link ContentTerms} form, where
 * Persian letters are already Arabic ones (چ ج، گ ك).
 */
final class NameSounds {
  /** Fewer letters than this left after the vowels are dropped: too short to tell names apart. */
  private static final int SHORTEST_KEY = 3;

  /** The key of {@code word}, or null when too short to be told apart from other words by its sounds. */
  String keyOf(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\u062A' && i + 1 < word.length() && word.charAt(i + 1) == '\u0634') {
        // تش: Arabic's چ
        b.append('\u062C');
        i++;
        continue;
      }
      switch (c) {
        case '\u0627', '\u0648', '\u064A', '\u0649', '\u0647' -> { }
        case '\u063A', '\u0642' -> b.append('\u0643');
        default -> b.append(c);
      }
    }
    return b.length() < SHORTEST_KEY ? null : b.toString();
  }
}
