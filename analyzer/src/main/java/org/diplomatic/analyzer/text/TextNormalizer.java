package org.diplomatic.analyzer.text;

import java.text.Normalizer;

/**
 * Normalizes Arabic and Persian text for matching, never in place: the result keeps the original and an offset
 * map. The rules are the table in {@code normalization.tsv}:
 *
 * <ul>
 *   <li>BASE: diacritics, tatweel and direction marks removed; Arabic-Indic and Persian digits to ASCII, ٫ to '.',
 *       ٬ to ','; Persian ی/ک and Arabic ي/ك unified; presentation forms (ﻻ) decomposed by NFKC; ZWNJ kept.
 *   <li>FOLD (on top of BASE, lossy, for index terms and lexicons): hamza-alef forms to ا, ى to ي, ة and ۀ to ه.
 * </ul>
 */
public final class TextNormalizer {
  private static final NormalizationRules RULES = NormalizationRules.load();

  private final boolean fold;

  private TextNormalizer(boolean fold) {
    this.fold = fold;
  }

  /** Keeps letter distinctions (alef forms, teh marbuta): for figures and spans shown to users. */
  public static TextNormalizer base() {
    return new TextNormalizer(false);
  }

  /** Also folds alef, yeh and teh marbuta variants: for index terms and lexicon matching. */
  public static TextNormalizer folding() {
    return new TextNormalizer(true);
  }

  /** Normalizes {@code text}, keeping offsets back into it. */
  public NormalizedText normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] starts = new int[text.length() + 1];
    int[] ends = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      String replacement = replace(text.charAt(i));
      for (int k = 0; k < replacement.length(); k++) {
        if (out.length() >= starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
          ends = java.util.Arrays.copyOf(ends, ends.length * 2);
        }
        starts[out.length()] = i;
        ends[out.length()] = i + 1;
        out.append(replacement.charAt(k));
      }
    }
    return new NormalizedText(
        text,
        out.toString(),
        java.util.Arrays.copyOf(starts, out.length()),
        java.util.Arrays.copyOf(ends, out.length()));
  }

  /** Normalizes a short string (a lexicon entry or a query term) without keeping offsets. */
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(replace(text.charAt(i)));
    }
    return out.toString();
  }

  /** The set of {@code words} normalized: a word list written in a rule class, matched against normalized text. */
  public java.util.Set<String> applyAll(String... words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(apply(w));
    }
    return out;
  }

  private String replace(char c) {
    if (isPresentationForm(c)) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      if (!decomposed.equals(String.valueOf(c))) {
        return apply(decomposed); // NFKC output has no presentation forms, so this recursion is one level deep
      }
    }
    String r = RULES.base(c);
    if (r == null) {
      r = String.valueOf(c);
    }
    if (fold && r.length() == 1) {
      String f = RULES.fold(r.charAt(0));
      if (f != null) {
        return f;
      }
    }
    return r;
  }

  private static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }
}
