package org.diplomatic.analyzer.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/** Field names of the index, its facet dimensions and the analyzers per field. */
final class Fields {
  static final String TYPE = "type";
  static final String TYPE_DOC = "doc";
  static final String TYPE_FIGURE = "figure";
  static final String TYPE_COMMITMENT = "commitment";

  static final String ID = "id";
  static final String SOURCE = "source";
  static final String LANG = "lang";
  static final String GENRE = "genre";
  /** Folded, light-stemmed terms: recall. */
  static final String BODY = "body";
  /** Folded terms, nothing stripped: exact phrases. */
  static final String EXACT = "exact";
  static final String AREA = "area";
  static final String OFFICIAL = "official";
  static final String OFFICIAL_FOLDED = "official_folded";
  static final String COUNTRY = "country";
  static final String YEAR = "year";
  /** The document date's first day as an epoch day: a point for ranges and doc values for sorting. */
  static final String DATE = "date";
  /** The document date as written in the analysis (ISO, possibly yyyy-mm or yyyy), stored. */
  static final String DATE_VALUE = "date_value";
  static final String PAYLOAD = "payload";
  /** The document's unit vector (HNSW, dot product) when it was indexed with word vectors. */
  static final String VECTOR = "vector";
  /** The vectors of the document's passages, packed by {@link PassageVectors} (binary doc values), beside VECTOR. */
  static final String PASSAGES = "passages";

  static final String FIGURE_VALUE = "figure_value";
  static final String FIGURE_UNIT = "figure_unit";
  static final String COMMITMENT_KIND = "commitment_kind";
  static final String COMMITMENT_TEXT = "commitment_text";
  static final String COMMITMENT_AREA = "commitment_area";
  static final String COMMITMENT_HOLDER = "commitment_holder";

  /** Query-time weights of the two text fields (measured by {@link RetrievalEvaluation}). */
  static final Map<String, Float> TEXT_BOOSTS = Map.of(BODY, 1f, EXACT, 1f);

  /** Facet dimensions (all multi-valued). */
  static final String[] FACETS = {"areas", "officials", "countries", "lang", "genre", "year"};

  private Fields() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT),
        Map.of(EXACT, new ArabicPersianAnalyzer(false), OFFICIAL_FOLDED, new ArabicPersianAnalyzer(false),
            COMMITMENT_TEXT, new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT),
            ID, new KeywordAnalyzer(),
            SOURCE, new KeywordAnalyzer()));
  }
}
