package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetGroupsTest {
  @TempDir Path dir;

  /** Two spellings of one person and another person: the group counts what the officials facet counts, summed. */
  @Test
  void countsEachGroupAsTheSumOfItsValuesCounts() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(withOfficial(IndexFixtures.iraqIranTelecom("ar/a.txt"), "هيثم الساعدي", "IQ"));
      w.add(withOfficial(IndexFixtures.gasOman("ar/b.txt"), "الساعدي", "IQ"));
      w.add(withOfficial(IndexFixtures.pilgrimsPersian("fa/c.txt"), "عبدالرضا مرادی‌زاده", "IR"));
      w.commit();
    }
    Map<String, Integer> people = Map.of("هيثم الساعدي", 0, "الساعدي", 0, "عبدالرضا مرادی‌زاده", 1);
    FacetGroups groups = new FacetGroups("people", "officials", name -> people.getOrDefault(name, -1),
        (counts, size) -> {
          Map<String, Integer> out = new LinkedHashMap<>();
          for (int g = 0; g < counts.length; g++) {
            out.put("person " + g, counts[g]);
          }
          return out;
        });
    try (IndexSearch search = IndexSearch.open(index)) {
      SearchRequest all = new SearchRequest("", 10, null, null, null, null, null, null, null, null, true);
      SearchResult r = search.search(all, groups);
      assertEquals(Map.of("person 0", 2, "person 1", 1), r.facets().get("people"));
      assertEquals(search.search(all).facets().get("officials"), r.facets().get("officials"));
      SearchRequest persian = new SearchRequest("", 10, "fa", null, null, null, null, null, null, null, true);
      assertEquals(Map.of("person 0", 0, "person 1", 1), search.search(persian, groups).facets().get("people"));
    }
  }

  private static IndexedDocument withOfficial(IndexedDocument d, String name, String country) {
    return new IndexedDocument(d.id(), d.source(), d.lang(), d.genre(), d.text(),
        List.of(new IndexedDocument.Official(name, country)), d.areas(), d.figures(), d.commitments(), d.years(),
        d.date());
  }
}
