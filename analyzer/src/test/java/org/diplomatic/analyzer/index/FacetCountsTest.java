package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetCountsTest {
  private static final List<String> NAMES = List.of("هيثم الساعدي", "الساعدي", "عبدالرضا مرادی‌زاده",
      "فؤاد حسين", "عباس عراقچی", "محمد شياع السوداني");
  private static final List<String> AREAS = List.of("energy", "telecom", "trade_investment", "health");

  @TempDir Path dir;

  /**
   * Over an index of several segments whose values tie often, every dimension's top values at sizes 1 to 5 under
   * several filters are Lucene's sorted-set facet counts' (most documents first, ties in label order).
   */
  @Test
  void givesTheTopValuesLucenesFacetCountsGive() throws IOException {
    Path index = dir.resolve("idx");
    Random random = new Random(3);
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      for (int i = 0; i < 60; i++) {
        IndexedDocument base = i % 2 == 0 ? IndexFixtures.iraqIranTelecom("ar/" + i + ".txt")
            : IndexFixtures.pilgrimsPersian("fa/" + i + ".txt");
        List<IndexedDocument.Official> officials = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
          officials.add(new IndexedDocument.Official(NAMES.get(random.nextInt(NAMES.size())),
              random.nextBoolean() ? "IQ" : "IR"));
        }
        w.add(new IndexedDocument("id-" + i, base.source(), base.lang(), base.genre(), base.text() + " " + i,
            officials.stream().distinct().toList(), List.of(AREAS.get(random.nextInt(AREAS.size()))),
            base.figures(), base.commitments(), base.years(), (2020 + random.nextInt(4)) + "-05-01"));
        if (i % 15 == 14) {
          w.commit();
        }
      }
      w.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() > 1);
      IndexSearcher searcher = new IndexSearcher(reader);
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
      int compared = 0;
      for (Query filter : List.of(term(Fields.TYPE, Fields.TYPE_DOC), term(Fields.LANG, "fa"),
          term(Fields.AREA, "energy"), term(Fields.COUNTRY, "IQ"))) {
        FacetsCollector matches = searcher.search(filter, new FacetsCollectorManager());
        FacetCounts ours = FacetCounts.of(state, matches);
        SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, matches);
        for (String dim : Fields.FACETS) {
          for (int size = 1; size <= 5; size++) {
            assertEquals(lucenes(lucene, dim, size), ours.top(dim, size), dim + " " + size + " " + filter);
            compared++;
          }
        }
      }
      assertEquals(4 * Fields.FACETS.length * 5, compared);
    }
  }

  private static Map<String, Integer> lucenes(SortedSetDocValuesFacetCounts counts, String dim, int size)
      throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    FacetResult result = counts.getTopChildren(size, dim);
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.put(lv.label, lv.value.intValue());
      }
    }
    return out;
  }

  private static Query term(String field, String value) {
    return new BooleanQuery.Builder().add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER).build();
  }
}
