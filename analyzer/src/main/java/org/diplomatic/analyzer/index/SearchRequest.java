package org.diplomatic.analyzer.index;

/**
 * A search: free text (may be blank: filters only) and optional filters; {@code minValue}/{@code maxValue}/{@code
 * unit} select documents with a matching figure; {@code facets} asks for facet counts.
 */
public record SearchRequest(
    String query,
    int limit,
    String lang,
    String area,
    String official,
    String country,
    Double minValue,
    Double maxValue,
    String unit,
    String commitmentKind,
    boolean facets) {

  public boolean filtersFigures() {
    return minValue != null || maxValue != null || unit != null;
  }
}
