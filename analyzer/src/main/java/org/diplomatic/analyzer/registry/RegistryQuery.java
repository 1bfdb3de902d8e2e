package org.diplomatic.analyzer.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * A filter on the registry; every part is optional (null). {@code name}: any spelling of the person, a short form
 * or a longer form, in either script, or a part of the folded name; {@code country}: ISO code; {@code role}: words
 * of a role as written (folded); {@code from}/{@code to}: an official seen in a document dated in that period (with
 * {@code role}, in that role). Entries come most documents first, then by name.
 */
public record RegistryQuery(String name, String country, String role, LocalDate from, LocalDate to) {
  private static final TextNormalizer FOLD = TextNormalizer.folding();

  public static RegistryQuery all() {
    return new RegistryQuery(null, null, null, null, null);
  }

  public List<RegistryEntry> apply(Registry registry) {
    List<RegistryEntry> entries = registry.entries();
    Set<Integer> people = new HashSet<>();
    String roleWanted = role == null ? null : fold(role);
    for (int i = 0; i < registry.mentions().size(); i++) {
      int p = registry.personOf(i);
      if (people.contains(p)) {
        continue;
      }
      OfficialMention m = registry.mentions().get(i);
      if (roleWanted != null && (m.role() == null || !fold(m.role()).contains(roleWanted))) {
        continue;
      }
      if ((from != null || to != null) && !inPeriod(registry.documents().get(m.document()).date())) {
        continue;
      }
      people.add(p);
    }
    PersonName wanted = name == null ? null : PersonName.of(name);
    String wantedKey = wanted == null ? null : wanted.key();
    List<RegistryEntry> out = new ArrayList<>();
    for (int p : people) {
      RegistryEntry e = entries.get(p);
      if (country != null && !country.equals(e.country())) {
        continue;
      }
      if (wanted != null && e.spellings().stream().map(PersonName::of).noneMatch(
          s -> s.key().contains(wantedKey) || NameRelation.of(wanted, s) != NameRelation.NONE)) {
        continue;
      }
      out.add(e);
    }
    out.sort(Comparator.comparingInt((RegistryEntry e) -> -e.documents().size()).thenComparing(RegistryEntry::name)
        .thenComparing(RegistryEntry::id));
    return out;
  }

  private boolean inPeriod(String iso) {
    LocalDate day = RegistryBuilder.date(iso);
    return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  private static String fold(String s) {
    return FOLD.apply(s).replace('\u200C', ' ').replaceAll("\\s+", " ").strip();
  }
}
