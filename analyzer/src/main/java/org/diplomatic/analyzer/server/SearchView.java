package org.diplomatic.analyzer.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.index.IndexedDocument;
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
        hit(g, h);
      }
      g.writeEndArray();
      if (!r.facets().isEmpty()) {
        g.writeObjectFieldStart("facets");
        for (Map.Entry<String, Map<String, Integer>> dim : r.facets().entrySet()) {
          g.writeObjectFieldStart(dim.getKey());
          for (Map.Entry<String, Integer> v : dim.getValue().entrySet()) {
            g.writeNumberField(v.getKey(), v.getValue());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    });
  }

  private static void hit(JsonGenerator g, SearchResult.Hit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id());
    g.writeStringField("source", h.source());
    g.writeNumberField("score", Math.round(h.score() * 1000) / 1000.0);
    g.writeStringField("lang", h.lang());
    g.writeStringField("date", h.date());
    g.writeStringField("snippet", h.snippet());
    g.writeStringField("match", h.match().label());
    ApiJson.strings(g, "officials", h.officials());
    ApiJson.strings(g, "areas", h.areas());
    g.writeArrayFieldStart("figures");
    for (IndexedDocument.Figure f : h.figures()) {
      g.writeStartObject();
      g.writeStringField("text", f.text());
      ApiJson.number(g, "value", f.value());
      if (f.min() != null) {
        ApiJson.number(g, "min", f.min());
        ApiJson.number(g, "max", f.max());
      }
      g.writeStringField("unit", f.unit());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
