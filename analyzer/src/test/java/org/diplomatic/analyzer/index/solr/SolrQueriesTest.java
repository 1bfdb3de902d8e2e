package org.diplomatic.analyzer.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;
import org.junit.jupiter.api.Test;

class SolrQueriesTest {
  @Test
  void sendsTheFreeTextToTheDocumentTextParserAndEachFilterAsOneFilterQuery() {
    SearchRequest r = new SearchRequest("الاستثمار", 10, List.of("ar"), List.of("energy", "transport"),
        List.of("فؤاد حسين"), List.of("IQ"), 1e9, null, List.of("USD"), List.of("intent"), false, 20,
        SearchMode.LEXICAL, LocalDate.of(2025, 1, 1), null, false);
    SolrQuery q = SolrQueries.of(r);
    assertEquals("{!doctext v=$text}", q.getQuery());
    assertEquals("الاستثمار", q.get("text"));
    assertEquals(List.of("type:doc", "lang:(\"ar\")", "area:(\"energy\" OR \"transport\")", "country:(\"IQ\")",
        "date:[20089 TO *]", "official_folded:(\"فؤاد حسين\")", "{!parent which=type:doc v=$figure}",
        "{!parent which=type:doc v=$commitment}"), List.of(q.getFilterQueries()));
    assertEquals("+type:figure +figure_value:[1.0E9 TO *] +figure_unit:(\"USD\")", q.get("figure"));
    assertEquals("+type:commitment +commitment_kind:(\"intent\")", q.get("commitment"));
  }

  @Test
  void aBlankQueryMatchesEveryDocumentAndFacetsAskEveryShardForAllValues() {
    SolrQuery q = SolrQueries.of(new SearchRequest("", 0, null, null, null, null, null, null, null, null, true));
    assertEquals("*:*", q.getQuery());
    assertEquals(-1, q.getFacetLimit());
    assertEquals(List.of("{!key=areas}area", "{!key=officials}official", "{!key=countries}country",
        "{!key=lang}lang", "{!key=genre}genre", "{!key=year}year"), List.of(q.getFacetFields()));
  }

  @Test
  void quotesValuesSoThatQuotesInANameCannotBreakTheQuery() {
    SearchRequest r = new SearchRequest("", 10, null, null, "عبد \"الله\"", null, null, null, null, null, false);
    assertEquals("official_folded:(\"عبد \\\"الله\\\"\")", SolrQueries.of(r).getFilterQueries()[1]);
  }
}
