package org.diplomatic.analyzer.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.diplomatic.analyzer.text.BundledResource;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * The words of a role that say which office it is (الدفاع، الخارجية، الحج، البصرة), without ranks, joining words
 * and countries ({@code role-generic-words.txt}, plus the officials extractor's one-word title heads and its country
 * words). Two
 * roles conflict when both have such words and share none: وزير الداخلية and وزیر برق do, وزير الخارجية السعودي and
 * وزیر امور خارجه do not (parts compared as {@link PersonName#samePart}).
 */
final class RoleWords {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final String OFFICIALS = "/org/diplomatic/analyzer/extract/officials/";
  private static final Set<String> PERSIAN_WORDS = Set.of("در", "امور", "سازمان", "وزارت", "استاندار", "مديركل",
      "مديرعامل", "نخست", "رييس", "معاونت", "كشور", "كشورمان", "دبير", "دبيركل", "فرمانده");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\p{Punct}«»\"،؛()]+");
  private final Set<String> generic;

  private RoleWords(Set<String> generic) {
    this.generic = generic;
  }

  static RoleWords load() {
    Set<String> generic = new HashSet<>();
    read("role-generic-words.txt", false, false, generic);
    read(OFFICIALS + "titles.tsv", true, true, generic);
    read(OFFICIALS + "countries.tsv", true, false, generic);
    return new RoleWords(Collections.unmodifiableSet(generic));
  }

  private static void read(String resource, boolean tabbed, boolean titles, Set<String> into) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BundledResource.open(RoleWords.class, resource), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        String text = tabbed ? (columns.length > 1 ? columns[1] : "") : columns[0];
        if (titles && (text.contains(" ") || text.contains("\u200C"))) {
          continue; // ولي العهد is an office; its words are not ranks
        }
        if (tabbed && !titles && (columns.length < 3 || !columns[2].matches("[A-Z]{2}"))) {
          continue; // organizations (البنك الدولي) are offices, not countries
        }
        for (String word : words(text)) {
          into.add(PersonName.skeleton(word));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }

  /** The office words of {@code role} as skeletons; empty for null or a role of ranks alone. */
  Set<String> of(String role) {
    if (role == null) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String word : words(role)) {
      String skeleton = PersonName.skeleton(word);
      if (!generic.contains(skeleton) && word.length() > 2) {
        out.add(skeleton);
      }
    }
    return out;
  }

  /**
   * Whether a role is written in Persian (a Persian letter, or a word Arabic roles do not use: در، امور، سازمان...).
   * Roles are compared within one language only: معاون وزیر انرژی و آب and نائب وزير الطاقة والمياه share no word.
   */
  static boolean persian(String role) {
    if (role == null) {
      return false;
    }
    if (role.chars().anyMatch(c -> c == '\u06CC' || c == '\u06A9' || c == '\u067E' || c == '\u0686'
        || c == '\u0698' || c == '\u06AF')) {
      return true;
    }
    for (String word : SEPARATORS.split(FOLD.apply(role).replace('\u200C', ' '))) {
      if (PERSIAN_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Both roles name an office and the offices share no word. */
  static boolean conflict(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
  }

  private static String[] words(String text) {
    String[] words = SEPARATORS.split(FOLD.apply(text).replace('\u200C', ' ').replace('\u0624', '\u0648')
        .replace('\u0626', '\u064A'));
    for (int i = 0; i < words.length; i++) {
      words[i] = withoutClitics(words[i]);
    }
    return words;
  }

  private static String withoutClitics(String word) {
    String w = word;
    if (w.startsWith("و") && w.length() > 4) {
      w = w.substring(1);
    }
    for (String prefix : new String[] {"بال", "لل", "ال", "ل"}) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= 3) {
        return w.substring(prefix.length());
      }
    }
    return w;
  }
}
