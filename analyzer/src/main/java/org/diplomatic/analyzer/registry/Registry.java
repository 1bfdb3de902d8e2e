package org.diplomatic.analyzer.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * official belongs to. Immutable; {@link #entry(int)} assembles one person's {@link RegistryEntry} on demand (a query
 * over 100,000 documents assembles only the people it shows), {@link #entries()} all of them, and
 * {@link #entryOf(String, String)} gives the entry of one official of one document (what other features link to).
 */
public final class Registry {
  private final long generation;
  private final List<RegistryDocument> documents;
  private final List<OfficialMention> mentions;
  private final int[] persons;
  private final int[] ids;
  private final int people;
  private int[][] mentionsByPerson;
  private RegistryEntry[] assembled;
  private Map<String, Integer> documentIndex;
  private Map<String, Integer> bySpelling;

  /** {@code ids}: each person's entry number ({@code p} and it), kept across regroupings; null numbers them 1, 2 ... */
  Registry(long generation, List<RegistryDocument> documents, List<OfficialMention> mentions, int[] persons,
      int[] ids) {
    this.generation = generation;
    this.documents = documents;
    this.mentions = mentions;
    this.persons = persons;
    this.people = Arrays.stream(persons).max().orElse(-1) + 1;
    this.ids = ids != null ? ids : java.util.stream.IntStream.rangeClosed(1, people).toArray();
    if (this.ids.length < people) {
      throw new IllegalArgumentException("ids: " + this.ids.length + " for " + people + " people");
    }
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

  /** The person (an index for {@link #entry(int)}) of mention {@code i}. */
  public int personOf(int i) {
    return persons[i];
  }

  /** The entry number of person {@code p}: its id is {@code p} and this number. */
  public int idOf(int p) {
    return ids[p];
  }

  /** How many people the registry holds. */
  public int people() {
    return people;
  }

  /** The mentions of person {@code p}, in order. */
  synchronized int[] mentionsOf(int p) {
    if (mentionsByPerson == null) {
      int[] counts = new int[people];
      for (int person : persons) {
        counts[person]++;
      }
      mentionsByPerson = new int[people][];
      for (int q = 0; q < people; q++) {
        mentionsByPerson[q] = new int[counts[q]];
      }
      int[] filled = new int[people];
      for (int i = 0; i < persons.length; i++) {
        mentionsByPerson[persons[i]][filled[persons[i]]++] = i;
      }
    }
    return mentionsByPerson[p];
  }

  /** Person {@code p}'s entry, with id {@code p} and {@link #idOf(int)}. */
  public synchronized RegistryEntry entry(int p) {
    if (assembled == null) {
      assembled = new RegistryEntry[people];
    }
    if (assembled[p] == null) {
      assembled[p] = assemble(p);
    }
    return assembled[p];
  }

  /** One entry per person, in order of first appearance. */
  public List<RegistryEntry> entries() {
    List<RegistryEntry> out = new ArrayList<>(people);
    for (int p = 0; p < people; p++) {
      out.add(entry(p));
    }
    return out;
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
        return Optional.of(entry(persons[i]));
      }
    }
    return Optional.empty();
  }

  /** The entries one of whose spellings is {@code name}, a short form of it or a longer form (any script). */
  public List<RegistryEntry> find(String name) {
    return new RegistryQuery(name, null, null, null, null).apply(this);
  }

  /**
   * The person of each spelling as stored (a name shared by two people: the one with more documents); made once, as
   * it walks every mention (300,000 at 100,000 documents) and a server's faceted searches each need it.
   */
  public synchronized Map<String, Integer> bySpelling() {
    if (bySpelling == null) {
      Map<String, Integer> best = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        best.merge(mentions.get(i).name(), persons[i],
            (a, b) -> mentionsOf(a).length >= mentionsOf(b).length ? a : b);
      }
      bySpelling = Collections.unmodifiableMap(best);
    }
    return bySpelling;
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

  /** The fullest spelling: most name parts, then most often written, then first seen. */
  static String fullest(Map<String, Integer> spellings) {
    String best = null;
    int bestParts = -1;
    int bestCount = -1;
    for (Map.Entry<String, Integer> e : spellings.entrySet()) {
      int parts = PersonName.of(e.getKey()).size();
      if (parts > bestParts || (parts == bestParts && e.getValue() > bestCount)) {
        best = e.getKey();
        bestParts = parts;
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private RegistryEntry assemble(int p) {
    Map<String, Integer> spellings = new LinkedHashMap<>();
    Map<String, Integer> countries = new TreeMap<>();
    Map<String, RoleSpan> roles = new LinkedHashMap<>();
    Set<RegistryDocument> docs = new LinkedHashSet<>();
    for (int i : mentionsOf(p)) {
      OfficialMention m = mentions.get(i);
      RegistryDocument d = documents.get(m.document());
      docs.add(d);
      spellings.merge(m.name(), 1, Integer::sum);
      if (m.country() != null) {
        countries.merge(m.country(), 1, Integer::sum);
      }
      if (m.role() != null) {
        roles.merge(m.role(), new RoleSpan(m.role(), d.date(), d.date(), 1), Registry::widen);
      }
    }
    List<RegistryDocument> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(RegistryDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(RegistryDocument::source));
    String country = countries.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
    List<RoleSpan> roleList = new ArrayList<>(roles.values());
    roleList.sort(Comparator.comparing(RoleSpan::first, Comparator.nullsLast(Comparator.naturalOrder())));
    String first = sorted.stream().map(RegistryDocument::date).filter(d -> d != null).findFirst().orElse(null);
    String last = sorted.stream().map(RegistryDocument::date).filter(d -> d != null)
        .reduce((a, b) -> b).orElse(null);
    return new RegistryEntry("p" + ids[p], fullest(spellings), country, List.copyOf(spellings.keySet()),
        List.copyOf(roleList), first, last, List.copyOf(sorted));
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
