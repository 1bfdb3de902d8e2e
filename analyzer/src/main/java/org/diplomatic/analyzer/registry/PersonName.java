package org.diplomatic.analyzer.registry;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * A person's name as comparable parts, for matching only (never shown):
 * <ul>
 *   <li>the text package's folding (hamza forms, ى/ي/ی, ك/ک, ة/ه, digits) on a copy, and ئ to ي, ؤ to و, ء dropped;
 *   <li>ZWNJ and spaces both separate parts (علی‌اکبر = علي أكبر); tatweel and harakat are dropped;
 *   <li>بن، بنت، ابن، آل and one-letter parts are dropped (سلمان بن عبدالعزيز آل سعود = سلمان عبدالعزيز سعود);
 *   <li>عبد and ابو are joined to the next part (عبد العزيز = عبدالعزيز); a leading ال is dropped (الأسد = اسد).
 * </ul>
 * {@code surnamed}: the last part is a family name, not a father's name after بن. {@link #samePart} compares parts
 * more loosely, for spellings across Arabic and Persian.
 */
record PersonName(List<String> parts, boolean surnamed) {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final List<String> DROPPED = List.of("بن", "بنت", "ابن", "ال");
  private static final List<String> JOINED = List.of("عبد", "ابو");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\p{Punct}«»\"،]+");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[\\u064B-\\u065F\\u0670]");

  static PersonName of(String name) {
    String folded = FOLD.apply(name).replace('\u200C', ' ').replace('\u0626', '\u064A').replace('\u0624', '\u0648')
        .replace("\u0621", "").replace("\u0640", "");
    List<String> parts = new ArrayList<>();
    String pending = "";
    boolean afterBin = false;
    boolean surnamed = true;
    for (String raw : SEPARATORS.split(folded.trim())) {
      String word = MARKS.matcher(raw).replaceAll("");
      if (word.isEmpty() || DROPPED.contains(word) || (word.length() == 1 && pending.isEmpty())) {
        afterBin = !word.equals("ال") && !word.isEmpty();
        continue;
      }
      if (JOINED.contains(word)) {
        pending += word;
        continue;
      }
      if (pending.isEmpty() && word.startsWith("ال") && word.length() > 3) {
        word = word.substring(2);
      }
      parts.add(pending + word);
      pending = "";
      surnamed = !afterBin;
      afterBin = false;
    }
    if (!pending.isEmpty()) {
      parts.add(pending);
    }
    return new PersonName(List.copyOf(parts), surnamed);
  }

  boolean isEmpty() {
    return parts.isEmpty();
  }

  int size() {
    return parts.size();
  }

  String first() {
    return parts.get(0);
  }

  String last() {
    return parts.get(parts.size() - 1);
  }

  /** The parts joined without separators: one key for ZWNJ, spaced and joined spellings. */
  String key() {
    return String.join("", parts);
  }

  /** One part with Persian letters as their usual Arabic transliteration: پ ب, چ ج, ژ ز, گ and غ ج (پوتین / بوتين). */
  static String letters(String part) {
    StringBuilder b = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      switch (c) {
        case '\u067E' -> b.append('\u0628');
        case '\u0686', '\u06AF', '\u063A' -> b.append('\u062C');
        case '\u0698' -> b.append('\u0632');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** {@link #letters} without the long vowels after the first letter (رامسفیلد / رامسفلد, سيرغي / سرگئی). */
  static String skeleton(String part) {
    String letters = letters(part);
    StringBuilder b = new StringBuilder(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (i == 0 || (c != '\u0627' && c != '\u0648' && c != '\u064A')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Same part: equal letters; equal skeletons when both parts have five letters or more (so محمد and محمود, سعد
   * and سعيد stay apart); or one edit apart when both have six or more (ولادیمیر / فلاديمير).
   */
  static boolean samePart(String a, String b) {
    if (a.equals(b) || letters(a).equals(letters(b))) {
      return true;
    }
    if (a.length() >= 5 && b.length() >= 5 && skeleton(a).equals(skeleton(b))) {
      return true;
    }
    return a.length() >= 6 && b.length() >= 6 && oneEditApart(a, b);
  }

  private static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }
}
