package org.diplomatic.analyzer.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.diplomatic.analyzer.index.DocumentDates;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;

/**
 * The parameters of {@code GET /api/search}, named as {@code search}'s options ({@code q} is the query), read into
 * the {@link SearchRequest} the command builds, plus a page: {@code offset} hits skipped, {@code limit} shown.
 */
record SearchParameters(SearchRequest request, int offset, int limit) {

  static SearchParameters read(RequestValues values, ServerConfig.Limits limits) {
    int limit = values.integer("limit", 10);
    int offset = values.integer("offset", 0);
    int facetSize = values.integer("facet-size", SearchRequest.DEFAULT_FACET_SIZE);
    if (limit < 0) {
      throw ApiException.badRequest("limit must be 0 or more");
    }
    if (limit > limits.maxPageSize()) {
      throw ApiException.badRequest("limit must be at most " + limits.maxPageSize());
    }
    if (offset < 0) {
      throw ApiException.badRequest("offset must be 0 or more");
    }
    if (offset + limit > limits.maxDepth()) {
      throw ApiException.badRequest("offset + limit must be at most " + limits.maxDepth());
    }
    if (facetSize < 1) {
      throw ApiException.badRequest("facet-size must be 1 or more");
    }
    String mode = values.choice("mode", "hybrid", List.of("lexical", "semantic", "hybrid"),
        "lexical, semantic or hybrid", true);
    List<String> langs = values.langs("lang");
    List<String> areas = values.areas("area");
    List<String> countries = values.countries("country");
    List<String> units = values.units("unit");
    List<String> kinds = values.kinds("kind");
    List<String> genres = values.genres("genre");
    String sort = values.choice("sort", "relevance", List.of("relevance", "date"), "relevance or date", false);
    LocalDate from = bound(values, "from", false);
    LocalDate to = bound(values, "to", true);
    String query = String.join(" ", values.whole("q"));
    SearchRequest request = new SearchRequest(query, offset + limit, langs, areas, values.whole("official"),
        countries, values.number("min-value"), values.number("max-value"), units, kinds,
        values.flag("facets") || limit == 0, facetSize, SearchMode.valueOf(mode.toUpperCase(Locale.ROOT)))
        .withDates(from, to, sort.equals("date")).withGenres(genres);
    return new SearchParameters(request, offset, limit);
  }

  private static LocalDate bound(RequestValues values, String name, boolean last) {
    String v = values.one(name);
    try {
      return v == null ? null : DocumentDates.bound(name, v, last);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
