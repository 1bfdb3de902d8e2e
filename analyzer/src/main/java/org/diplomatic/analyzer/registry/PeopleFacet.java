package org.diplomatic.analyzer.registry;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
   * Searches once, every spelling of the officials facet counted, and adds the people facet; every facet is then cut
   * to the request's size, which gives what {@link #add} gives after a search without its second search (a server's
   * faceted requests each paid for two).
   */
  public static SearchResult search(Registry registry, IndexSearch search, SearchRequest request) {
    int full = Math.max(request.facetSize(), registry.bySpelling().size() + 1);
    SearchRequest wide = request.withFacets(request.limit(), full);
    SearchResult r = add(registry, search, wide, search.search(wide));
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    // facet values come best first, so the first ones are the top ones a narrower count would give
    r.facets().forEach((dim, values) -> {
      Map<String, Integer> top = new LinkedHashMap<>();
      values.entrySet().stream().limit(request.facetSize()).forEach(e -> top.put(e.getKey(), e.getValue()));
      facets.put(dim, top);
    });
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
    Map<String, Integer> people = new LinkedHashMap<>();
    counts.entrySet().stream()
        .map(e -> Map.entry(registry.entry(e.getKey()), e.getValue()))
        .sorted(Map.Entry.<RegistryEntry, Integer>comparingByValue().reversed()
            .thenComparing(e -> e.getKey().name()))
        .limit(request.facetSize())
        .forEach(e -> people.put(label(e.getKey(), people), e.getValue()));
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>(result.facets());
    facets.put(DIMENSION, people);
    return new SearchResult(result.query(), result.total(), result.hits(), facets, result.notice());
  }

  /** The person's fullest spelling; with the entry id when another person of the facet has the same one. */
  private static String label(RegistryEntry e, Map<String, Integer> taken) {
    return taken.containsKey(e.name()) ? e.name() + " (" + e.id() + ")" : e.name();
  }
}
