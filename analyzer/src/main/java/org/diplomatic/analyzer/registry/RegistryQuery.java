package org.diplomatic.analyzer.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.index.DocumentDates;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * A filter on the registry; every part is optional (null). {@code name}: any spelling of the person, a short form
 * or a longer form, in either script, or a part of the folded name; {@code country}: ISO code; {@code role}: words
 * of a role as written (folded); {@code from}/{@code to}: an official seen in a document dated in that period (with
 * {@code role}, in that role). Entries come most documents first, then by name. The filters run on a one-pass
 * summary of the mentions; only the entries returned are assembled.
 */
public record RegistryQuery(String name, String country, String role, LocalDate from, LocalDate to) {
  private static final TextNormalizer FOLD = TextNormalizer.folding();

  /** The people found ({@code total}) and the first {@code limit} of them (all when 0). */
  public record Result(int total, List<RegistryEntry> entries) {}

  public static RegistryQuery all() {
    return new RegistryQuery(null, null, null, null, null);
  }

  public List<RegistryEntry> apply(Registry registry) {
    return apply(registry, 0).entries();
  }

  public Result apply(Registry registry, int limit) {
    int people = registry.people();
    BitSet matched = new BitSet(people);
    String roleWanted = role == null ? null : fold(role);
    Map<String, Boolean> roleMatches = new HashMap<>();
    Map<String, Boolean> periodMatches = new HashMap<>();
    int[] documents = new int[people];
    List<Map<String, Integer>> spellings = new ArrayList<>(people);
    List<Map<String, Integer>> countries = new ArrayList<>(people);
    for (int p = 0; p < people; p++) {
      spellings.add(new LinkedHashMap<>(2));
      countries.add(new HashMap<>(2));
    }
    for (int i = 0; i < registry.mentions().size(); i++) {
      int p = registry.personOf(i);
      OfficialMention m = registry.mentions().get(i);
      // One official per person and document: mentions count documents.
      documents[p]++;
      spellings.get(p).merge(m.name(), 1, Integer::sum);
      if (m.country() != null) {
        countries.get(p).merge(m.country(), 1, Integer::sum);
      }
      if (matched.get(p)) {
        continue;
      }
      if (roleWanted != null && (m.role() == null
          || !roleMatches.computeIfAbsent(m.role(), r -> fold(r).contains(roleWanted)))) {
        continue;
      }
      if ((from != null || to != null) && !periodMatches.computeIfAbsent(
          String.valueOf(registry.documents().get(m.document()).date()), this::inPeriod)) {
        continue;
      }
      matched.set(p);
    }
    PersonName wanted = name == null ? null : PersonName.of(name);
    Map<String, Boolean> nameMatches = new HashMap<>();
    List<Integer> found = new ArrayList<>();
    String[] display = new String[people];
    for (int p = matched.nextSetBit(0); p >= 0; p = matched.nextSetBit(p + 1)) {
      if (country != null && !country.equals(dominant(countries.get(p)))) {
        continue;
      }
      if (wanted != null && spellings.get(p).keySet().stream()
          .noneMatch(s -> nameMatches.computeIfAbsent(s, x -> names(wanted, PersonName.of(x))))) {
        continue;
      }
      display[p] = Registry.fullest(spellings.get(p));
      found.add(p);
    }
    found.sort(Comparator.comparingInt((Integer p) -> -documents[p]).thenComparing(p -> display[p])
        .thenComparingInt(p -> p));
    List<Integer> shown = limit > 0 && found.size() > limit ? found.subList(0, limit) : found;
    return new Result(found.size(), shown.stream().map(registry::entry).toList());
  }

  private static boolean names(PersonName wanted, PersonName spelling) {
    return spelling.key().contains(wanted.key()) || NameRelation.of(wanted, spelling) != NameRelation.NONE;
  }

  /** The most frequent country, the same as the entry's. */
  private static String dominant(Map<String, Integer> countries) {
    return countries.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
            Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }

  private boolean inPeriod(String iso) {
    LocalDate day = iso.equals("null") ? null : DocumentDates.firstDayOrNull(iso);
    return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  private static String fold(String s) {
    return FOLD.apply(s).replace('\u200C', ' ').replaceAll("\\s+", " ").strip();
  }
}
