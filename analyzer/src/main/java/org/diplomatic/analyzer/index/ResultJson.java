package org.diplomatic.analyzer.index;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The contract's JSON of a search hit, of facets and of concordance lines, written into a caller's generator: the
 * command line and the HTTP API print the same objects (the API with its own HTML-safe escapes).
 */
public final class ResultJson {
  private ResultJson() {}

  public static void hit(JsonGenerator g, SearchResult.Hit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id());
    g.writeStringField("source", h.source());
    g.writeNumberField("score", Math.round(h.score() * 1000) / 1000.0);
    g.writeStringField("lang", h.lang());
    g.writeStringField("date", h.date());
    g.writeStringField("snippet", h.snippet());
    g.writeStringField("match", h.match().label());
    strings(g, "officials", h.officials());
    strings(g, "areas", h.areas());
    g.writeArrayFieldStart("figures");
    for (IndexedDocument.Figure f : h.figures()) {
      g.writeStartObject();
      g.writeStringField("text", f.text());
      number(g, "value", f.value());
      if (f.min() != null) {
        number(g, "min", f.min());
        number(g, "max", f.max());
      }
      g.writeStringField("unit", f.unit());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The {@code facets} object, left out when no facet was counted. */
  public static void facets(JsonGenerator g, Map<String, Map<String, Integer>> facets) throws IOException {
    if (facets.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("facets");
    for (Map.Entry<String, Map<String, Integer>> dim : facets.entrySet()) {
      g.writeObjectFieldStart(dim.getKey());
      for (Map.Entry<String, Integer> v : dim.getValue().entrySet()) {
        g.writeNumberField(v.getKey(), v.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A concordance: the phrase and its occurrences with {@code width} characters of context each side. */
  public static void concordance(JsonGenerator g, String phrase, List<Occurrence> found, int width)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("phrase", phrase);
    g.writeArrayFieldStart("occurrences");
    for (Occurrence o : found) {
      g.writeStartObject();
      g.writeStringField("source", o.source());
      if (o.id() != null) {
        g.writeStringField("id", o.id());
      }
      g.writeNumberField("start", o.start());
      g.writeNumberField("end", o.end());
      g.writeStringField("before", o.before(width));
      g.writeStringField("match", o.match());
      g.writeStringField("after", o.after(width));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  public static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A number, or null. */
  public static void number(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }
}
