package org.diplomatic.analyzer.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry of officials of one index commit: its documents, every official of each, and the person each
 * official belongs to. Immutable; {@link #entries()} gives one {@link RegistryEntry} per person, and
 * {@link #entryOf(String, String)} the entry of one official of one document (what other features link to).
 */
public final class Registry {
  private final long generation;
  private final List<RegistryDocument> documents;
  private final List<OfficialMention> mentions;
  private final int[] persons;
  private List<RegistryEntry> entries;
  private Map<String, Integer> documentIndex;

  Registry(long generation, List<RegistryDocument> documents, List<OfficialMention> mentions, int[] persons) {
    this.generation = generation;
    this.documents = documents;
    this.mentions = mentions;
    this.persons = persons;
  }

  /** The index commit this registry was built from (-1 when built from no index). */
  public long generation() {
    return generation;
  }

  public List<RegistryDocument> documents() {
    return documents;
  }

  public List<OfficialMention> mentions() {
    return mentions;
  }

  /** The person (an index into {@link #entries()}) of mention {@code i}. */
  public int personOf(int i) {
    return persons[i];
  }

  /** One entry per person, in order of first appearance. */
  public synchronized List<RegistryEntry> entries() {
    if (entries == null) {
      entries = EntryAssembly.entries(documents, mentions, persons);
    }
    return entries;
  }

  /** The entry of the official named {@code name} (as stored) in document {@code documentId}, if there is one. */
  public Optional<RegistryEntry> entryOf(String documentId, String name) {
    Integer doc = documentIndex().get(documentId);
    if (doc == null) {
      return Optional.empty();
    }
    PersonName wanted = PersonName.of(name);
    for (int i = 0; i < mentions.size(); i++) {
      OfficialMention m = mentions.get(i);
      if (m.document() == doc && (m.name().equals(name) || PersonName.of(m.name()).key().equals(wanted.key()))) {
        return Optional.of(entries().get(persons[i]));
      }
    }
    return Optional.empty();
  }

  /** The entries one of whose spellings is {@code name}, a short form of it or a longer form (any script). */
  public List<RegistryEntry> find(String name) {
    PersonName wanted = PersonName.of(name);
    List<RegistryEntry> out = new ArrayList<>();
    for (RegistryEntry e : entries()) {
      if (e.spellings().stream().anyMatch(s -> NameRelation.of(wanted, PersonName.of(s)) != NameRelation.NONE)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The entry id of each spelling as stored (a name shared by two people maps to the one with more documents). */
  public Map<String, RegistryEntry> bySpelling() {
    Map<String, RegistryEntry> out = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      RegistryEntry e = entries().get(persons[i]);
      out.merge(mentions.get(i).name(), e, (a, b) -> a.documents().size() >= b.documents().size() ? a : b);
    }
    return out;
  }

  private synchronized Map<String, Integer> documentIndex() {
    if (documentIndex == null) {
      documentIndex = new HashMap<>();
      for (int i = 0; i < documents.size(); i++) {
        documentIndex.put(documents.get(i).id(), i);
      }
    }
    return documentIndex;
  }

  /** Groups the mentions of each person into an entry. */
  private static final class EntryAssembly {
    private EntryAssembly() {}

    static List<RegistryEntry> entries(List<RegistryDocument> documents, List<OfficialMention> mentions,
        int[] persons) {
      int count = 0;
      for (int p : persons) {
        count = Math.max(count, p + 1);
      }
      List<List<Integer>> byPerson = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        byPerson.add(new ArrayList<>());
      }
      for (int i = 0; i < persons.length; i++) {
        byPerson.get(persons[i]).add(i);
      }
      List<RegistryEntry> out = new ArrayList<>(count);
      for (int p = 0; p < count; p++) {
        out.add(entry("p" + (p + 1), byPerson.get(p), documents, mentions));
      }
      return out;
    }

    private static RegistryEntry entry(String id, List<Integer> own, List<RegistryDocument> documents,
        List<OfficialMention> mentions) {
      Map<String, Integer> spellings = new LinkedHashMap<>();
      Map<String, Integer> countries = new TreeMap<>();
      Map<String, RoleSpan> roles = new LinkedHashMap<>();
      Set<RegistryDocument> docs = new LinkedHashSet<>();
      for (int i : own) {
        OfficialMention m = mentions.get(i);
        RegistryDocument d = documents.get(m.document());
        docs.add(d);
        spellings.merge(m.name(), 1, Integer::sum);
        if (m.country() != null) {
          countries.merge(m.country(), 1, Integer::sum);
        }
        if (m.role() != null) {
          roles.merge(m.role(), new RoleSpan(m.role(), d.date(), d.date(), 1), EntryAssembly::widen);
        }
      }
      List<RegistryDocument> sorted = new ArrayList<>(docs);
      sorted.sort(Comparator.comparing(RegistryDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(RegistryDocument::source));
      String name = spellings.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> PersonName.of(e.getKey()).size())
              .thenComparingInt(Map.Entry::getValue))
          .map(Map.Entry::getKey).orElseThrow();
      String country = countries.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElse(null);
      List<RoleSpan> roleList = new ArrayList<>(roles.values());
      roleList.sort(Comparator.comparing(RoleSpan::first, Comparator.nullsLast(Comparator.naturalOrder())));
      String first = sorted.stream().map(RegistryDocument::date).filter(d -> d != null).findFirst().orElse(null);
      String last = sorted.stream().map(RegistryDocument::date).filter(d -> d != null)
          .reduce((a, b) -> b).orElse(null);
      return new RegistryEntry(id, name, country, List.copyOf(spellings.keySet()), List.copyOf(roleList), first,
          last, List.copyOf(sorted));
    }

    private static RoleSpan widen(RoleSpan a, RoleSpan b) {
      return new RoleSpan(a.role(), min(a.first(), b.first()), max(a.last(), b.last()), a.documents() + b.documents());
    }

    private static String min(String a, String b) {
      return a == null ? b : b == null ? a : (a.compareTo(b) <= 0 ? a : b);
    }

    private static String max(String a, String b) {
      return a == null ? b : b == null ? a : (a.compareTo(b) >= 0 ? a : b);
    }
  }
}
