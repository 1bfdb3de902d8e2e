package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Country names, nationality adjectives, capitals and a few cities and rivers, Arabic and Persian, to ISO 3166 codes:
 * the officials' table ({@code extract/officials/countries.tsv}) and this package's {@code places.tsv}. Finds the
 * countries a text names, most named first.
 */
final class PlaceNames {
  private static final int LONGEST = 4;
  private final Map<String, String> countries = new HashMap<>();
  /** The first word of every name, so most words of a text are passed over with one lookup. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  private PlaceNames() {}

  static PlaceNames load() {
    PlaceNames names = new PlaceNames();
    names.read("/org/diplomatic/analyzer/extract/officials/countries.tsv");
    names.read("places.tsv");
    return names;
  }

  /** The countries {@code text} names, ordered by how often (then by first mention). */
  List<String> countriesIn(String text) {
    Map<String, Integer> counts = counts(text);
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort((a, b) -> counts.get(b) - counts.get(a));
    return ranked;
  }

  /** How often {@code text} names each country, in order of first mention. */
  Map<String, Integer> counts(String text) {
    List<String> words = FoldedWords.of(text);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String first = words.get(i);
      if (!firstWords.contains(first) && !firstWords.contains(FoldedWords.stripped(first))) {
        continue;
      }
      for (int n = Math.min(LONGEST, words.size() - i); n >= 1; n--) {
        String code = lookUp(words, i, n);
        if (code != null) {
          counts.merge(code, 1, Integer::sum);
          i += n - 1;
          break;
        }
      }
    }
    return counts;
  }

  private String lookUp(List<String> words, int from, int n) {
    String rest = n == 1 ? "" : " " + String.join(" ", words.subList(from + 1, from + n));
    String first = words.get(from);
    String code = countries.get(first + rest);
    return code != null ? code : countries.get(FoldedWords.stripped(first) + rest);
  }

  private void read(String resource) {
    for (String[] cells : WordLists.rows(resource)) {
      String key = String.join(" ", FoldedWords.of(cells[1]));
      countries.putIfAbsent(key, cells[2].strip());
      countries.putIfAbsent(FoldedWords.stripped(key), cells[2].strip());
      firstWords.add(key.split(" ")[0]);
      firstWords.add(FoldedWords.stripped(key).split(" ")[0]);
    }
  }
}
