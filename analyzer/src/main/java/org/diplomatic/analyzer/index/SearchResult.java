package org.diplomatic.analyzer.index;

import java.util.List;
import java.util.Map;

/** The answer to a {@link SearchRequest}: total matches, the top hits, and facet counts when asked. */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

  /** One matching document with a highlighted snippet and what the analyzer found in it. */
  public record Hit(
      String id,
      String source,
      double score,
      String lang,
      String snippet,
      List<String> officials,
      List<String> areas,
      List<IndexedDocument.Figure> figures) {}
}
