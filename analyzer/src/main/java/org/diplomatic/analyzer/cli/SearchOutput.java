package org.diplomatic.analyzer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.Quote;
import org.diplomatic.analyzer.index.ResultJson;
import org.diplomatic.analyzer.index.SearchResult;

/**
 * Renders a search result as the contract's JSON, as CSV (header + one hit per row, then the facets as a second
 * table) or as a table for people.
 */
final class SearchOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SearchOutput() {}

  static String json(SearchResult r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("query", r.query());
      g.writeNumberField("total", r.total());
      g.writeArrayFieldStart("hits");
      for (SearchResult.Hit h : r.hits()) {
        ResultJson.hit(g, h);
      }
      g.writeEndArray();
      ResultJson.facets(g, r.facets());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * The hits table (when {@code withHits}), then, when facets were counted, a blank line and a table {@code
   * facet,value,count} whose first row is the total ({@code total,,42}).
   */
  static String csv(SearchResult r, boolean withHits) {
    StringBuilder sb = new StringBuilder();
    if (withHits) {
      sb.append("id,source,score,lang,snippet,officials,areas,figures,match,date\r\n");
      for (SearchResult.Hit h : r.hits()) {
        sb.append(String.join(",", List.of(h.id(), cell(h.source()), String.format(Locale.ROOT, "%.3f", h.score()),
            h.lang(), cell(h.snippet()), cell(String.join("; ", h.officials())), cell(String.join("; ", h.areas())),
            cell(h.figures().stream().map(f -> figure(f, false)).collect(Collectors.joining("; "))),
            h.match().label(), h.date() == null ? "" : h.date())));
        sb.append("\r\n");
      }
    }
    if (!r.facets().isEmpty()) {
      sb.append(withHits ? "\r\n" : "").append("facet,value,count\r\n").append("total,,").append(r.total())
          .append("\r\n");
      r.facets().forEach((dim, values) -> values.forEach((value, count) ->
          sb.append(dim).append(',').append(cell(value)).append(',').append(count).append("\r\n")));
    }
    return sb.toString();
  }

  static String table(SearchResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%d hit(s) for \"%s\"%n", r.total(), Quote.shorten(r.query(), Quote.MAX)));
    int n = 1;
    for (SearchResult.Hit h : r.hits()) {
      sb.append(String.format("%n%2d. %s  [%s]%s  score %.2f  matched: %s%n", n++, h.source(), h.lang(),
          h.date() == null ? "" : "  " + h.date(), h.score(), h.match().label()));
      sb.append("    ").append(h.snippet()).append('\n');
      if (!h.officials().isEmpty()) {
        sb.append("    officials: ").append(String.join("، ", h.officials())).append('\n');
      }
      if (!h.areas().isEmpty()) {
        sb.append("    areas: ").append(String.join(", ", h.areas())).append('\n');
      }
      if (!h.figures().isEmpty()) {
        sb.append("    figures: ")
            .append(h.figures().stream().map(f -> figure(f, true)).collect(Collectors.joining(" | ")))
            .append('\n');
      }
    }
    for (Map.Entry<String, Map<String, Integer>> dim : r.facets().entrySet()) {
      if (!dim.getValue().isEmpty()) {
        sb.append(String.format("%n%s: ", dim.getKey()));
        sb.append(dim.getValue().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", ")));
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * {@code text = amount unit}. For a terminal the text is a bidi isolate: otherwise the Arabic run takes in the
   * amount after it (digits after Arabic letters are laid out right to left) and the line reads scrambled.
   */
  private static String figure(IndexedDocument.Figure f, boolean isolated) {
    String amount = f.value() != null ? number(f.value())
        : f.min() != null ? number(f.min()) + "-" + number(f.max()) : "?";
    String text = isolated ? KwicCommand.FSI + f.text() + KwicCommand.PDI : f.text();
    return text + " = " + amount + (f.unit() == null ? "" : " " + f.unit());
  }

  /** Grouped thousands and up to three decimals, none when whole: 620,000 / 20.5 / 0.5 (نصف ساعة). */
  static String number(double value) {
    DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value);
  }

  /** RFC 4180 quoting. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

}
