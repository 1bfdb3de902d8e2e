package org.diplomatic.analyzer.server;

import java.util.List;
import org.diplomatic.analyzer.index.Concordance;
import org.diplomatic.analyzer.index.Occurrence;

/** {@code GET /api/kwic}: the occurrences of {@code kwic}, in the fields of {@code kwic --format json}. */
final class KwicView {
  static final int MAX_LIMIT = 1000;

  private KwicView() {}

  static String json(Concordance concordance, RequestValues v) {
    int width = v.integer("width", 40);
    int limit = v.integer("limit", 100);
    if (width < 1) {
      throw ApiException.badRequest("width must be 1 or more");
    }
    if (width > 500) {
      throw ApiException.badRequest("width must be at most 500");
    }
    if (limit < 1) {
      throw ApiException.badRequest("limit must be 1 or more");
    }
    if (limit > MAX_LIMIT) {
      throw ApiException.badRequest("limit must be at most " + MAX_LIMIT);
    }
    List<String> langs = v.langs("lang");
    String phrase = String.join(" ", v.whole("q"));
    List<Occurrence> found = concordance.find(phrase, langs.isEmpty() ? null : langs.get(0), limit);
    return ApiJson.of(g -> {
      g.writeStartObject();
      g.writeStringField("phrase", phrase);
      g.writeArrayFieldStart("occurrences");
      for (Occurrence o : found) {
        g.writeStartObject();
        g.writeStringField("source", o.source());
        g.writeNumberField("start", o.start());
        g.writeNumberField("end", o.end());
        g.writeStringField("before", o.before(width));
        g.writeStringField("match", o.match());
        g.writeStringField("after", o.after(width));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
