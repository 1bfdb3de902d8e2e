package org.diplomatic.analyzer.registry;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.diplomatic.analyzer.index.FacetGroups;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.SearchResult;

/**
 * The {@code people} facet of a search: matching documents per person of the registry of officials, every spelling
 * of one person counted together (the {@code officials} facet counts spellings). Needs the officials facet in full,
 * so it asks the index again for every spelling's count when the first answer was cut at the facet size.
 */
public final class PeopleFacet {
  public static final String DIMENSION = "people";

  private PeopleFacet() {}

  /** {@code result} with the people facet added (unchanged when the registry cannot be read or built). */
  public static SearchResult add(Path index, IndexSearch search, SearchRequest request, SearchResult result) {
    Registry registry;
    try {
      registry = RegistryStore.open(index);
    } catch (RuntimeException e) {
      return result;
    }
    return add(registry, search, request, result);
  }

  /**
   * The people facet of {@code registry} as groups of the officials facet's values, counted from their ordinals in
   * the search that counts the other facets; a server makes it once and keeps it, as it maps every spelling of the
   * index to its person once.
   */
  public static FacetGroups groups(Registry registry) {
    Map<String, Integer> bySpelling = registry.bySpelling();
    return new FacetGroups(DIMENSION, "officials", spelling -> bySpelling.getOrDefault(spelling, -1),
        (counts, size) -> {
          // only people with at least the size-th largest count can be among the top ones
          int[] sorted = Arrays.stream(counts).filter(c -> c > 0).sorted().toArray();
          int least = sorted.length <= size ? 1 : sorted[sorted.length - size];
          Map<Integer, Integer> byPerson = new HashMap<>();
          for (int person = 0; person < counts.length; person++) {
            if (counts[person] >= least) {
              byPerson.put(person, counts[person]);
            }
          }
          return top(registry, byPerson, size);
        });
  }

  /**
   * Searches once with the people facet of {@code people} ({@link #groups}): what {@link #add} gives after a search,
   * without reading the label of every spelling of the index (a server's faceted requests each did).
   */
  public static SearchResult search(FacetGroups people, IndexSearch search, SearchRequest request) {
    SearchResult r = search.search(request, people);
    if (!request.facets() || r.facets().containsKey(DIMENSION)) {
      return r;
    }
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>(r.facets());
    facets.put(DIMENSION, Map.of());
    return new SearchResult(r.query(), r.total(), r.hits(), facets, r.notice());
  }

  /** {@code result} with the people facet of an already open registry added (a server opens it once). */
  public static SearchResult add(Registry registry, IndexSearch search, SearchRequest request, SearchResult result) {
    Map<String, Integer> bySpelling = registry.bySpelling();
    Map<String, Integer> officials = result.facets().getOrDefault("officials", Map.of());
    if (officials.size() >= request.facetSize()) {
      SearchRequest all = request.withFacets(0, Math.max(request.facetSize(), bySpelling.size() + 1))
          .withDates(request.from(), request.to(), false);
      officials = search.search(all).facets().getOrDefault("officials", Map.of());
    }
    Map<Integer, Integer> counts = new HashMap<>();
    officials.forEach((name, count) -> {
      Integer person = bySpelling.get(name);
      if (person != null) {
        counts.merge(person, count, Integer::sum);
      }
    });
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>(result.facets());
    facets.put(DIMENSION, top(registry, counts, request.facetSize()));
    return new SearchResult(result.query(), result.total(), result.hits(), facets, result.notice());
  }

  /** The {@code size} people with the most documents, most first, then by name. */
  private static Map<String, Integer> top(Registry registry, Map<Integer, Integer> counts, int size) {
    Map<String, Integer> people = new LinkedHashMap<>();
    counts.entrySet().stream()
        .map(e -> Map.entry(registry.entry(e.getKey()), e.getValue()))
        .sorted(Map.Entry.<RegistryEntry, Integer>comparingByValue().reversed()
            .thenComparing(e -> e.getKey().name()))
        .limit(size)
        .forEach(e -> people.put(label(e.getKey(), people), e.getValue()));
    return people;
  }

  /** The person's fullest spelling; with the entry id when another person of the facet has the same one. */
  private static String label(RegistryEntry e, Map<String, Integer> taken) {
    return taken.containsKey(e.name()) ? e.name() + " (" + e.id() + ")" : e.name();
  }
}
