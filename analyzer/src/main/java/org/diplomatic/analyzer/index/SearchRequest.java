package org.diplomatic.analyzer.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A search: free text (may be blank: filters only) and optional filters, each a list of accepted values (any one of
 * them matches; an empty list filters nothing; different filters must all match). {@code minValue}/{@code
 * maxValue}/{@code units} select documents with one figure matching all three; {@code limit} 0 asks for the total
 * (and facets) only; {@code facets} asks for the top {@code facetSize} values of each facet dimension; {@code mode}
 * ranks by terms, by meaning or both (lexical unless given); {@code from}/{@code to} (inclusive, either may be null)
 * keep documents whose document date lies between them, and {@code sortByDate} orders hits newest first instead of
 * by relevance.
 */
public record SearchRequest(
    String query,
    int limit,
    List<String> langs,
    List<String> areas,
    List<String> officials,
    List<String> countries,
    Double minValue,
    Double maxValue,
    List<String> units,
    List<String> commitmentKinds,
    boolean facets,
    int facetSize,
    SearchMode mode,
    LocalDate from,
    LocalDate to,
    boolean sortByDate,
    List<String> genres) {
  public static final int DEFAULT_FACET_SIZE = 20;

  public SearchRequest {
    langs = copy(langs);
    areas = copy(areas);
    officials = copy(officials);
    countries = copy(countries);
    units = copy(units);
    commitmentKinds = copy(commitmentKinds);
    mode = mode == null ? SearchMode.LEXICAL : mode;
    genres = copy(genres);
  }

  /** Of any genre. */
  public SearchRequest(String query, int limit, List<String> langs, List<String> areas, List<String> officials,
      List<String> countries, Double minValue, Double maxValue, List<String> units, List<String> commitmentKinds,
      boolean facets, int facetSize, SearchMode mode, LocalDate from, LocalDate to, boolean sortByDate) {
    this(query, limit, langs, areas, officials, countries, minValue, maxValue, units, commitmentKinds, facets,
        facetSize, mode, from, to, sortByDate, List.of());
  }

  /** Ranked in {@code mode}, no date range, hits by relevance. */
  public SearchRequest(String query, int limit, List<String> langs, List<String> areas, List<String> officials,
      List<String> countries, Double minValue, Double maxValue, List<String> units, List<String> commitmentKinds,
      boolean facets, int facetSize, SearchMode mode) {
    this(query, limit, langs, areas, officials, countries, minValue, maxValue, units, commitmentKinds, facets,
        facetSize, mode, null, null, false);
  }

  /** A lexical search, no date range, hits by relevance. */
  public SearchRequest(String query, int limit, List<String> langs, List<String> areas, List<String> officials,
      List<String> countries, Double minValue, Double maxValue, List<String> units, List<String> commitmentKinds,
      boolean facets, int facetSize) {
    this(query, limit, langs, areas, officials, countries, minValue, maxValue, units, commitmentKinds, facets,
        facetSize, SearchMode.LEXICAL);
  }

  /** At most one value per filter. */
  public SearchRequest(String query, int limit, String lang, String area, String official, String country,
      Double minValue, Double maxValue, String unit, String commitmentKind, boolean facets) {
    this(query, limit, one(lang), one(area), one(official), one(country), minValue, maxValue, one(unit),
        one(commitmentKind), facets, DEFAULT_FACET_SIZE);
  }

  /** The same search ranked in {@code other} mode. */
  public SearchRequest withMode(SearchMode other) {
    return new SearchRequest(query, limit, langs, areas, officials, countries, minValue, maxValue, units,
        commitmentKinds, facets, facetSize, other, from, to, sortByDate, genres);
  }

  /** This search restricted to documents dated {@code from}..{@code to} and, if asked, sorted newest first. */
  public SearchRequest withDates(LocalDate from, LocalDate to, boolean sortByDate) {
    return new SearchRequest(query, limit, langs, areas, officials, countries, minValue, maxValue, units,
        commitmentKinds, facets, facetSize, mode, from, to, sortByDate, genres);
  }

  /** This search restricted to documents of any of {@code genres} (news, statement, minutes; empty: any). */
  public SearchRequest withGenres(List<String> genres) {
    return new SearchRequest(query, limit, langs, areas, officials, countries, minValue, maxValue, units,
        commitmentKinds, facets, facetSize, mode, from, to, sortByDate, genres);
  }

  /** The same search with {@code limit} hits and every facet counted to {@code facetSize} values. */
  public SearchRequest withFacets(int limit, int facetSize) {
    return new SearchRequest(query, limit, langs, areas, officials, countries, minValue, maxValue, units,
        commitmentKinds, true, facetSize, mode, from, to, sortByDate, genres);
  }

  public boolean usesDates() {
    return from != null || to != null || sortByDate;
  }

  public boolean filtersFigures() {
    return minValue != null || maxValue != null || !units.isEmpty();
  }

  private static List<String> one(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
