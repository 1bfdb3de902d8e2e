package org.diplomatic.analyzer.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.text.BundledResource;

/**
 * The month names of {@code month-names.tsv}, the era markers of {@code era-words.tsv} and the weekdays of
 * {@code weekdays.tsv}, folded
 * ({@link DateFolding}); gives regular-expression alternations of them, longest first, and looks matches up.
 */
final class CalendarWords {
  /** A month: its calendar and number (1-12). */
  record Month(CalendarKind calendar, int number) {}

  private final Map<String, List<Month>> months = new LinkedHashMap<>();
  private final Map<String, CalendarKind> eras = new HashMap<>();
  private final List<String> weekdays = new ArrayList<>();

  private CalendarWords() {}

  static CalendarWords load() {
    CalendarWords w = new CalendarWords();
    read("month-names.tsv", cols -> w.months.computeIfAbsent(key(cols[2]), k -> new ArrayList<>())
        .add(new Month(CalendarKind.named(cols[0]), Integer.parseInt(cols[1]))));
    read("era-words.tsv", cols -> w.eras.put(key(cols[1]), CalendarKind.named(cols[0])));
    read("weekdays.tsv", cols -> w.weekdays.add(key(cols[1])));
    return w;
  }

  /** The months a matched name may be (several when calendars share a spelling), or an empty list. */
  List<Month> months(String matched) {
    return months.getOrDefault(key(matched), List.of());
  }

  /** The calendar an era marker names, or null. */
  CalendarKind era(String matched) {
    return eras.get(key(matched));
  }

  String monthAlternation() {
    return alternation(months.keySet());
  }

  String weekdayAlternation() {
    return alternation(weekdays);
  }

  String eraAlternation() {
    return alternation(eras.keySet());
  }

  private static String alternation(Iterable<String> names) {
    List<String> sorted = new ArrayList<>();
    names.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return String.join("|", sorted.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s*\\Q")).toList());
  }

  private static String key(String name) {
    return DateFolding.fold(name).strip().replaceAll("\\s+", " ");
  }

  private static void read(String resource, Consumer<String[]> row) {
    try (InputStream in = BundledResource.open(CalendarWords.class, resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
