package org.diplomatic.analyzer.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: total matches, the top hits, facet counts when asked, and a one-line notice
 * when the search could not run as asked (semantic search off), else null.
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets,
    String notice) {

  public SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    this(query, total, hits, facets, null);
  }

  /** Why a hit matched. */
  public enum Match {
    TERMS,
    MEANING,
    BOTH;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One matching document with a highlighted snippet, what the analyzer found in it, and why it matched. */
  public record Hit(
      String id,
      String source,
      double score,
      String lang,
      String snippet,
      List<String> officials,
      List<String> areas,
      List<IndexedDocument.Figure> figures,
      Match match,
      String date) {

    /** A hit found by its terms, without a document date. */
    public Hit(String id, String source, double score, String lang, String snippet, List<String> officials,
        List<String> areas, List<IndexedDocument.Figure> figures) {
      this(id, source, score, lang, snippet, officials, areas, figures, Match.TERMS, null);
    }
  }
}
