package org.diplomatic.analyzer.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.index.SearchRequest;

/**
 * The fixed queries run on SolrCloud and on the local index: the index's retrieval queries ({@code
 * retrieval-queries.tsv}: two per area and language, with the language filter and facets), then filters alone and
 * combined (areas, countries, officials, figure values and units, commitment kinds, dates).
 */
final class TestQueries {
  private static final String RETRIEVAL = "/org/diplomatic/analyzer/index/retrieval-queries.tsv";

  private TestQueries() {}

  static List<SearchRequest> all() {
    List<SearchRequest> all = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TestQueries.class.getResourceAsStream(RETRIEVAL), StandardCharsets.UTF_8))) {
      in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).forEach(f -> all.add(
          request(f[2], List.of(f[0]), List.of(), List.of(), List.of(), null, null, List.of(), List.of())));
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("cannot read " + RETRIEVAL, e));
    }
    all.add(request("الاتصالات", List.of(), List.of("telecom"), List.of(), List.of(), null, null, List.of(),
        List.of()));
    all.add(request("التعاون", List.of(), List.of(), List.of("IQ", "IR"), List.of(), null, null, List.of(),
        List.of()));
    all.add(request("همکاری", List.of("fa"), List.of("energy", "transport"), List.of(), List.of(), null, null,
        List.of(), List.of()));
    all.add(request("الاستثمار", List.of(), List.of(), List.of(), List.of(), 1e6, null, List.of(), List.of()));
    all.add(request("سرمایه‌گذاری", List.of(), List.of(), List.of(), List.of(), 1e6, 1e12, List.of("USD", "EUR"),
        List.of()));
    all.add(request("الاتفاق", List.of(), List.of(), List.of(), List.of(), null, null, List.of("percent"),
        List.of()));
    all.add(request("التعاون", List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
        List.of("obligation", "agreement")));
    all.add(request("توافق", List.of("fa"), List.of(), List.of(), List.of(), null, null, List.of(),
        List.of("intent")));
    all.add(request("\"التبادل التجاري\"", List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
        List.of()));
    all.add(request("الكهرباء OR الغاز", List.of("ar"), List.of(), List.of(), List.of(), null, null, List.of(),
        List.of()));
    all.add(request("وزير", List.of(), List.of(), List.of(), List.of("فؤاد حسين"), null, null, List.of(),
        List.of()));
    all.add(request("area:energy", List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of()));
    return all;
  }

  /** Every document: the total says how many the collection holds. */
  static SearchRequest everything() {
    return new SearchRequest("", 0, null, null, null, null, null, null, null, null, false);
  }

  private static SearchRequest request(String query, List<String> langs, List<String> areas, List<String> countries,
      List<String> officials, Double min, Double max, List<String> units, List<String> kinds) {
    return new SearchRequest(query, 10, langs, areas, officials, countries, min, max, units, kinds, true,
        SearchRequest.DEFAULT_FACET_SIZE);
  }
}
