package org.diplomatic.analyzer.server;

import java.util.List;
import org.diplomatic.analyzer.index.Concordance;
import org.diplomatic.analyzer.index.Occurrence;
import org.diplomatic.analyzer.index.ResultJson;

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
    return ApiJson.of(g -> ResultJson.concordance(g, phrase, found, width));
  }
}
