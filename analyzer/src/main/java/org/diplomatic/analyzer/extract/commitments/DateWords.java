package org.diplomatic.analyzer.extract.commitments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diplomatic.analyzer.text.BundledResource;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * The month names of {@code month-names.tsv} and the roles of {@code date-words.tsv}, matched on folded words (see
 * {@link #words(String)}); read once per instance.
 */
final class DateWords {
  /** A month name found: its calendar, number (1-12) and length in words. */
  record Month(CalendarSystem calendar, int number, int length) {}

  private record Name(String[] words, Month month) {}

  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final String PERSIAN_MONTH_SUFFIX = "ماه";

  private final Map<String, List<Name>> monthsByFirstWord = new HashMap<>();
  private final Map<String, Map<String, String>> roles = new HashMap<>();

  private DateWords() {}

  static DateWords load() {
    DateWords w = new DateWords();
    read("month-names.tsv", cols -> {
      String[] words = words(cols[2]).toArray(String[]::new);
      Month month = new Month(CalendarSystem.valueOf(cols[0].toUpperCase(Locale.ROOT)), Integer.parseInt(cols[1]),
          words.length);
      w.monthsByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name(words, month));
    });
    read("date-words.tsv", cols -> {
      for (String word : words(cols[2])) {
        w.roles.computeIfAbsent(word, k -> new HashMap<>()).put(cols[0], cols[1]);
      }
    });
    // Longest names first, so جمادى الأولى wins over a one-word prefix.
    w.monthsByFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    return w;
  }

  /**
   * Folded, lower-cased words of {@code text}: digits in ASCII, ZWNJ, punctuation and a glued و before a digit as
   * spaces ("و2027").
   */
  static List<String> words(String text) {
    String folded = FOLD.apply(text).toLowerCase(Locale.ROOT)
        .replace('\u200C', ' ')
        .replaceAll("[\\p{Punct}\u060C\u061B\u061F\u2013\u2014«»]", " ")
        .replaceAll("(?<=^|\\s)و(?=[0-9])", "");
    return Arrays.stream(folded.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  /** The month named at word {@code i}, or null; "مهرماه" and "مهر ماه" both name مهر. */
  Month month(List<String> words, int i) {
    if (i >= words.size()) {
      return null;
    }
    String first = words.get(i);
    for (Name name : monthsByFirstWord.getOrDefault(first, List.of())) {
      if (matches(words, i, name.words())) {
        boolean suffix = i + name.words().length < words.size()
            && words.get(i + name.words().length).equals(PERSIAN_MONTH_SUFFIX);
        Month m = name.month();
        return suffix ? new Month(m.calendar(), m.number(), m.length() + 1) : m;
      }
    }
    if (first.endsWith(PERSIAN_MONTH_SUFFIX) && first.length() > PERSIAN_MONTH_SUFFIX.length()) {
      String stem = first.substring(0, first.length() - PERSIAN_MONTH_SUFFIX.length());
      for (Name name : monthsByFirstWord.getOrDefault(stem, List.of())) {
        if (name.words().length == 1) {
          return new Month(name.month().calendar(), name.month().number(), 1);
        }
      }
    }
    return null;
  }

  /** The value of {@code word} in {@code role} ("-" when the role has none), or null if it has not that role. */
  String value(String word, String role) {
    return roles.getOrDefault(word, Map.of()).get(role);
  }

  boolean is(String word, String role) {
    return value(word, role) != null;
  }

  /** Whether word {@code i} exists and has {@code role}. */
  boolean is(List<String> words, int i, String role) {
    return i < words.size() && is(words.get(i), role);
  }

  private static boolean matches(List<String> words, int i, String[] name) {
    if (i + name.length > words.size()) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (!words.get(i + k).equals(name[k])) {
        return false;
      }
    }
    return true;
  }

  private static void read(String resource, Consumer<String[]> row) {
    try (InputStream in = BundledResource.open(DateWords.class, resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
