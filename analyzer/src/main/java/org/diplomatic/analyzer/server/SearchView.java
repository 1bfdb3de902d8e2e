package org.diplomatic.analyzer.server;

import java.util.List;
import org.diplomatic.analyzer.index.ResultJson;
import org.diplomatic.analyzer.index.SearchResult;

/** The JSON of a search page: the fields of {@code search --format json}, plus offset, limit and the notice. */
final class SearchView {
  private SearchView() {}

  static String json(SearchResult r, SearchParameters p) {
    List<SearchResult.Hit> page = r.hits().subList(Math.min(p.offset(), r.hits().size()), r.hits().size());
    return ApiJson.of(g -> {
      g.writeStartObject();
      g.writeStringField("query", r.query());
      g.writeNumberField("total", r.total());
      g.writeNumberField("offset", p.offset());
      g.writeNumberField("limit", p.limit());
      g.writeStringField("notice", r.notice());
      g.writeArrayFieldStart("hits");
      for (SearchResult.Hit h : page) {
        ResultJson.hit(g, h);
      }
      g.writeEndArray();
      ResultJson.facets(g, r.facets());
      g.writeEndObject();
    });
  }
}
