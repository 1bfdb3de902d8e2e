package org.diplomatic.analyzer.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.index.DocumentDates;

/**
 * Groups officials into people, one document at a time. A new official joins an existing entry when one of the
 * entry's spellings is the same name or a short form of it (or it of one), the countries agree (or one is unknown),
 * the entry is not already in this document, and the roles do not conflict. Candidates come from blocks keyed by
 * the loose form of the surname, of the first two parts and (for one-part names) of the given name, never from all
 * entries. Guards against namesakes:
 * <ul>
 *   <li>a short or longer form (الجبير, نواز شريف) joins only an entry whose roles share an office word with its
 *       own in the same language (or when either has none), and only when one entry fits: a surname shared by two people of one country
 *       stays apart;
 *   <li>the same name joins despite another office, unless both were seen within a year of each other (one person
 *       does not head the Hajj organization and a ministry's international office in the same week; undated
 *       documents never conflict: علي لاريجاني was secretary of the security council and nuclear negotiator).
 * </ul>
 * Not thread-safe; the result is a {@link Registry}.
 */
public final class RegistryBuilder {
  private static final long SAME_TIME_DAYS = 366;

  private final RoleWords roleWords;
  private final List<RegistryDocument> documents = new ArrayList<>();
  private final Map<String, Integer> documentById = new HashMap<>();
  private final List<OfficialMention> mentions = new ArrayList<>();
  private final List<Integer> assignment = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  /** Each person's entry number, never reused within one registry: ids stay put when documents are removed. */
  private final List<Integer> ids = new ArrayList<>();
  private int lastId;
  /** Entry numbers a regrouping may give back to the person that had them (by mention of the registry before). */
  private final Set<Integer> returnable = new HashSet<>();
  private final Map<String, Set<Integer>> blocks = new HashMap<>();
  private final Map<String, PersonName> names = new HashMap<>();
  private final Map<String, Set<String>> officesByRole = new HashMap<>();
  private final Map<String, Boolean> persianRoles = new HashMap<>();

  /** One official of a document, before it joins a person. */
  public record Official(String name, String role, String country) {}

  private static final class Person {
    final Map<String, PersonName> spellings = new HashMap<>();
    /** Office words of the roles seen, Arabic ones under false and Persian ones under true. */
    final Map<Boolean, Set<String>> offices = new HashMap<>();
    final Map<String, Integer> countries = new HashMap<>();
    final Set<Integer> documents = new HashSet<>();
    LocalDate first;
    LocalDate last;
    String country;

    void count(String c) {
      int n = countries.merge(c, 1, Integer::sum);
      int best = country == null ? 0 : countries.get(country);
      if (n > best || (n == best && c.compareTo(country) < 0)) {
        country = c;
      }
    }
  }

  public RegistryBuilder() {
    this(RoleWords.load());
  }

  private RegistryBuilder(RoleWords roleWords) {
    this.roleWords = roleWords;
  }

  /** A builder holding {@code registry} as it is (no entry regrouped), to add documents to. */
  public static RegistryBuilder of(Registry registry) {
    return of(registry, registry.documents().size());
  }

  /**
   * A builder holding the first {@code documents} documents of {@code registry} with their people as they are, to
   * add the others (or others in their place) to: people of the registry that none of those documents names give
   * their entry number back to the first person made from one of their officials ({@code formerIds} of
   * {@link #add(RegistryDocument, List, int[])}), and new numbers come after all of the registry's.
   */
  public static RegistryBuilder of(Registry registry, int documents) {
    RegistryBuilder builder = new RegistryBuilder();
    for (RegistryDocument d : registry.documents().subList(0, documents)) {
      builder.documentById.put(d.id(), builder.documents.size());
      builder.documents.add(d);
    }
    for (int i = 0; i < registry.mentions().size() && registry.mentions().get(i).document() < documents; i++) {
      OfficialMention m = registry.mentions().get(i);
      int person = registry.personOf(i);
      while (builder.people.size() <= person) {
        builder.people.add(new Person());
        builder.ids.add(registry.idOf(builder.ids.size()));
      }
      builder.join(m, builder.name(m.name()), person);
    }
    for (int p = 0; p < registry.people(); p++) {
      builder.lastId = Math.max(builder.lastId, registry.idOf(p));
      if (p >= builder.people.size()) {
        builder.returnable.add(registry.idOf(p));
      }
    }
    return builder;
  }

  public boolean contains(String documentId) {
    return documentById.containsKey(documentId);
  }

  /** Adds a document and its officials (a document already held is left as it is). */
  public void add(RegistryDocument document, List<Official> officials) {
    add(document, officials, null);
  }

  /**
   * As {@link #add(RegistryDocument, List)}; {@code formerIds}, when not null, gives each official's entry number in
   * the registry being regrouped (see {@link #regrouping(Registry)}).
   */
  public void add(RegistryDocument document, List<Official> officials, int[] formerIds) {
    if (documentById.containsKey(document.id())) {
      return;
    }
    int doc = documents.size();
    documentById.put(document.id(), doc);
    documents.add(document);
    for (int i = 0; i < officials.size(); i++) {
      Official o = officials.get(i);
      PersonName name = name(o.name());
      if (name.isEmpty()) {
        continue;
      }
      OfficialMention mention = new OfficialMention(doc, o.name(), blankToNull(o.role()), blankToNull(o.country()));
      join(mention, name, choose(mention, name, formerIds == null ? 0 : formerIds[i]));
    }
  }

  public Registry build(long generation) {
    int[] persons = assignment.stream().mapToInt(Integer::intValue).toArray();
    return new Registry(generation, List.copyOf(documents), List.copyOf(mentions), persons,
        ids.stream().mapToInt(Integer::intValue).toArray());
  }

  private int choose(OfficialMention m, PersonName name, int formerId) {
    Set<String> offices = offices(m.role());
    boolean persian = persian(m.role());
    LocalDate date = DocumentDates.firstDayOrNull(documents.get(m.document()).date());
    Set<Integer> related = new LinkedHashSet<>();
    // Most officials repeat a spelling already filed: the people with that exact spelling are tried first.
    int same = best(m, name, offices, persian, date, blocks.getOrDefault("k:" + name.key(), Set.of()), related);
    if (same < 0) {
      same = best(m, name, offices, persian, date, candidates(name), related);
    }
    if (same >= 0) {
      return same;
    }
    if (related.size() == 1) {
      return related.iterator().next();
    }
    people.add(new Person());
    ids.add(returnable.remove(formerId) ? formerId : ++lastId);
    return people.size() - 1;
  }

  /** The person among {@code candidates} with the same name and most documents (-1: none); short forms to related. */
  private int best(OfficialMention m, PersonName name, Set<String> offices, boolean persian, LocalDate date,
      Set<Integer> candidates, Set<Integer> related) {
    int same = -1;
    for (int p : candidates) {
      Person person = people.get(p);
      if (person.documents.contains(m.document()) || !sameCountry(person.country, m.country())) {
        continue;
      }
      NameRelation relation = relation(name, person);
      if (relation == NameRelation.NONE) {
        continue;
      }
      boolean conflict = RoleWords.conflict(offices, person.offices.getOrDefault(persian, Set.of()));
      if (relation == NameRelation.SAME) {
        if (!(conflict && sameTime(date, person))
            && (same < 0 || person.documents.size() > people.get(same).documents.size())) {
          same = p;
        }
      } else if (!conflict) {
        related.add(p);
      }
    }
    return same;
  }

  private static NameRelation relation(PersonName name, Person person) {
    NameRelation best = NameRelation.NONE;
    for (PersonName spelling : person.spellings.values()) {
      NameRelation r = NameRelation.of(name, spelling);
      if (r == NameRelation.SAME) {
        return r;
      }
      if (r != NameRelation.NONE) {
        best = r;
      }
    }
    return best;
  }

  private Set<Integer> candidates(PersonName name) {
    Set<Integer> out = new LinkedHashSet<>();
    for (String key : lookupKeys(name)) {
      out.addAll(blocks.getOrDefault(key, Set.of()));
    }
    return out;
  }

  private static List<String> lookupKeys(PersonName name) {
    List<String> keys = new ArrayList<>(blockKeys(name));
    if (name.size() == 1) {
      keys.add("g:" + PersonName.skeleton(name.first()));
    }
    return keys;
  }

  /** Where a spelling is filed: its surname, its first two parts, and its given name (for one-part look-ups). */
  private static List<String> blockKeys(PersonName name) {
    List<String> keys = new ArrayList<>();
    keys.add("s:" + PersonName.skeleton(name.last()));
    if (name.size() >= 2) {
      keys.add("p:" + PersonName.skeleton(name.first()) + "|" + PersonName.skeleton(name.parts().get(1)));
    }
    return keys;
  }

  private void join(OfficialMention m, PersonName name, int p) {
    Person person = people.get(p);
    if (person.spellings.putIfAbsent(name.key(), name) == null) {
      for (String key : blockKeys(name)) {
        file(key, p);
      }
      file("k:" + name.key(), p);
      file("g:" + PersonName.skeleton(name.first()), p);
    }
    person.offices.computeIfAbsent(persian(m.role()), k -> new HashSet<>()).addAll(offices(m.role()));
    if (m.country() != null) {
      person.count(m.country());
    }
    person.documents.add(m.document());
    LocalDate date = DocumentDates.firstDayOrNull(documents.get(m.document()).date());
    if (date != null) {
      person.first = person.first == null || date.isBefore(person.first) ? date : person.first;
      person.last = person.last == null || date.isAfter(person.last) ? date : person.last;
    }
    mentions.add(m);
    assignment.add(p);
  }

  private PersonName name(String written) {
    return names.computeIfAbsent(written, PersonName::of);
  }

  private Set<String> offices(String role) {
    return role == null ? Set.of() : officesByRole.computeIfAbsent(role, roleWords::of);
  }

  private boolean persian(String role) {
    return role != null && persianRoles.computeIfAbsent(role, RoleWords::persian);
  }

  private void file(String key, int p) {
    blocks.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
  }

  private static boolean sameCountry(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  private static boolean sameTime(LocalDate date, Person person) {
    if (date == null || person.first == null) {
      return false;
    }
    return ChronoUnit.DAYS.between(person.last, date) <= SAME_TIME_DAYS
        && ChronoUnit.DAYS.between(date, person.first) <= SAME_TIME_DAYS;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
