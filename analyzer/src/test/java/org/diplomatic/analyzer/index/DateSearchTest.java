package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateSearchTest {
  @TempDir static Path dir;
  private static IndexSearch search;

  private static IndexedDocument dated(IndexedDocument d, String date) {
    return new IndexedDocument(d.id(), d.source(), d.lang(), d.genre(), d.text(), d.officials(), d.areas(),
        d.figures(), d.commitments(), d.years(), date);
  }

  @BeforeAll
  static void buildIndex() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      // The telecom text writes "عام 2025", but the document is dated 2019: the year facet follows the date.
      w.add(dated(IndexFixtures.iraqIranTelecom("ar/telecom.txt"), "2019-03-11"));
      w.add(dated(IndexFixtures.pilgrimsPersian("fa/pilgrims.txt"), "2025-07"));
      w.add(IndexFixtures.gasOman("ar/gas.txt"));
      w.commit();
    }
    search = IndexSearch.open(index);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  private static List<String> sources(LocalDate from, LocalDate to, boolean byDate) {
    SearchRequest r = new SearchRequest("", 10, List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
        List.of(), false, 10).withDates(from, to, byDate);
    return search.search(r).hits().stream().map(SearchResult.Hit::source).toList();
  }

  @Test
  void keepsDocumentsDatedWithinTheRange() {
    assertEquals(List.of("fa/pilgrims.txt"), sources(LocalDate.of(2020, 1, 1), null, false));
    assertEquals(List.of("ar/telecom.txt"), sources(null, LocalDate.of(2019, 3, 11), false));
    assertEquals(List.of(), sources(LocalDate.of(2019, 3, 12), LocalDate.of(2025, 6, 30), false));
  }

  @Test
  void sortsNewestFirstWithUndatedDocumentsLast() {
    assertEquals(List.of("fa/pilgrims.txt", "ar/telecom.txt", "ar/gas.txt"), sources(null, null, true));
  }

  @Test
  void countsTheYearFacetFromTheDocumentDate() {
    SearchResult r = search.search(new SearchRequest("", 0, null, null, null, null, null, null, null, null, true));
    assertEquals(Map.of("2019", 1, "2025", 1), r.facets().get("year"));
  }

  @Test
  void readsBoundsAsTheFirstOrLastDayTheyName() {
    assertEquals(LocalDate.of(2025, 12, 31), DocumentDates.bound("--to", "2025", true));
    assertEquals(LocalDate.of(2024, 2, 29), DocumentDates.bound("--to", "2024-02", true));
    assertEquals(LocalDate.of(2024, 2, 1), DocumentDates.bound("--from", "2024-02", false));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DocumentDates.bound("--from", "12/03/2025", false));
    assertEquals("--from: not an ISO date (yyyy-mm-dd, yyyy-mm or yyyy): '12/03/2025'", e.getMessage());
  }

  @Test
  void saysAnIndexWithoutDatesNeedsAReindex() {
    Path old = dir.resolve("old");
    try (DocumentIndexer w = DocumentIndexer.open(old)) {
      w.add(IndexFixtures.gasOman("ar/gas.txt"));
      w.commit();
    }
    try (IndexSearch s = IndexSearch.open(old)) {
      SearchRequest r = new SearchRequest("", 10, null, null, null, null, null, null, null, null, false)
          .withDates(LocalDate.of(2025, 1, 1), null, false);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.search(r));
      assertEquals("this index has no document dates: re-index to use --from, --to or --sort date", e.getMessage());
    }
  }
}
