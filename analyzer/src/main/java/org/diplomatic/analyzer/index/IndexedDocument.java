package org.diplomatic.analyzer.index;

import java.util.List;

/**
 * What the index stores of one analyzed document. Built by the pipeline, so the index (and search) never needs the
 * NLP models. {@code date} is the document date (ISO, possibly yyyy-mm or yyyy) or null; it gives the year facet.
 */
public record IndexedDocument(
    String id,
    String source,
    String lang,
    String genre,
    String text,
    List<Official> officials,
    List<String> areas,
    List<Figure> figures,
    List<Commitment> commitments,
    List<Integer> years,
    String date) {

  /** A document without a document date. */
  public IndexedDocument(String id, String source, String lang, String genre, String text, List<Official> officials,
      List<String> areas, List<Figure> figures, List<Commitment> commitments, List<Integer> years) {
    this(id, source, lang, genre, text, officials, areas, figures, commitments, years, null);
  }

  /** An official's name, country (ISO code or null) and role as written (or null). */
  public record Official(String name, String country, String role) {
    /** An official without a role. */
    public Official(String name, String country) {
      this(name, country, null);
    }
  }

  /** A figure: exact text, value or range, unit and period. */
  public record Figure(String text, Double value, Double min, Double max, String unit, String period) {
    /** The value, or the middle of the range, for numeric filters. */
    public Double magnitude() {
      return value != null ? value : (min != null && max != null ? (min + max) / 2 : null);
    }
  }

  /** A commitment: its text, kind, holder, owner, deadline (as written and as an ISO date) and areas. */
  public record Commitment(String text, String kind, String holder, String owner, String deadline,
      String deadlineIso, List<String> areas) {}
}
