package org.diplomatic.analyzer.index.solr;

/**
 * Field names of the SolrCloud configset ({@code solr-plugin/src/main/resources/configset}): the local index's
 * names, with {@code _root_} for the nested figure and commitment children.
 */
final class SolrFields {
  static final String ID = "id";
  static final String ROOT = "_root_";
  static final String TYPE = "type";
  static final String TYPE_DOC = "doc";
  static final String TYPE_FIGURE = "figure";
  static final String TYPE_COMMITMENT = "commitment";
  static final String SOURCE = "source";
  static final String LANG = "lang";
  static final String GENRE = "genre";
  static final String BODY = "body";
  static final String EXACT = "exact";
  static final String AREA = "area";
  static final String OFFICIAL = "official";
  static final String OFFICIAL_FOLDED = "official_folded";
  static final String COUNTRY = "country";
  static final String YEAR = "year";
  static final String DATE = "date";
  static final String DATE_VALUE = "date_value";
  static final String PAYLOAD = "payload";
  static final String FIGURE_VALUE = "figure_value";
  static final String FIGURE_UNIT = "figure_unit";
  static final String COMMITMENT_KIND = "commitment_kind";
  static final String COMMITMENT_TEXT = "commitment_text";
  static final String COMMITMENT_AREA = "commitment_area";
  static final String COMMITMENT_HOLDER = "commitment_holder";

  /** Facet names of a search result and the field each counts, in the local index's order. */
  static final String[][] FACETS = {{"areas", AREA}, {"officials", OFFICIAL}, {"countries", COUNTRY},
      {"lang", LANG}, {"genre", GENRE}, {"year", YEAR}};

  private SolrFields() {}
}
