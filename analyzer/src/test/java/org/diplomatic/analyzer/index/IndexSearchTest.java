package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSearchTest {
  @TempDir static Path dir;
  private static IndexSearch search;

  @BeforeAll
  static void buildIndex() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(IndexFixtures.iraqIranTelecom("ar/telecom.txt"));
      w.add(IndexFixtures.pilgrimsPersian("fa/pilgrims.txt"));
      w.add(IndexFixtures.gasOman("ar/gas.txt"));
      w.commit();
    }
    search = IndexSearch.open(index);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  private static List<String> sources(String query, String lang, String area, String official, String country,
      Double min, Double max, String unit, String kind) {
    SearchResult r = search.search(new SearchRequest(query, 10, lang, area, official, country, min, max, unit, kind,
        false));
    return r.hits().stream().map(SearchResult.Hit::source).sorted().toList();
  }

  private static List<String> text(String query) {
    return sources(query, null, null, null, null, null, null, null, null);
  }

  @Test
  void findsArabicWordsWithCliticsAndHamzaFolded() {
    assertEquals(List.of("ar/telecom.txt"), text("اتصالات"));
    assertEquals(List.of("ar/telecom.txt"), text("والاتصالات"));
    assertEquals(List.of("ar/gas.txt", "ar/telecom.txt"), text("الايراني OR والإيراني"));
  }

  @Test
  void findsPersianWordsTypedWithArabicYehAndKaf() {
    assertEquals(List.of("fa/pilgrims.txt"), text("همكاري‌هاي"));
    assertEquals(List.of("fa/pilgrims.txt"), text("زائر"));
  }

  @Test
  void findsPersianSingularsPluralsAndSpellingsWithAndWithoutZwnj() {
    List<String> pilgrims = List.of("fa/pilgrims.txt");
    assertEquals(pilgrims, text("همکاری"));
    assertEquals(pilgrims, text("همکاریهای"));
    assertEquals(pilgrims, text("کشور"));
    assertEquals(pilgrims, text("کشورها"));
    assertEquals(pilgrims, text("کشور‌ها"));
    assertEquals(pilgrims, text("میشود"));
    assertEquals(pilgrims, text("\"می شود\""));
    assertEquals(pilgrims, text("جابهجایی"));
    assertEquals(pilgrims, text("\"کشورهای همسایه\""));
  }

  @Test
  void phrasesMatchExactWordOrder() {
    assertEquals(List.of("ar/telecom.txt"), text("\"حجم التبادل\""));
    assertEquals(List.of(), text("\"التبادل حجم\""));
  }

  @Test
  void filtersByLanguageAreaOfficialAndCountry() {
    assertEquals(List.of("fa/pilgrims.txt"), sources("", "fa", null, null, null, null, null, null, null));
    assertEquals(List.of("ar/gas.txt"), sources("", null, "energy", null, null, null, null, null, null));
    assertEquals(List.of("ar/telecom.txt"), sources("", null, null, "الساعدي", null, null, null, null, null));
    assertEquals(List.of("fa/pilgrims.txt"), sources("", null, null, null, "IR", null, null, null, null));
  }

  @Test
  void filtersByFigureValueAndUnitThroughBlockJoin() {
    assertEquals(List.of("ar/telecom.txt"), sources("", null, null, null, null, 1e9, null, "USD", null));
    assertEquals(List.of("fa/pilgrims.txt"), sources("", null, null, null, null, 5e6, 2e7, "person", null));
    assertEquals(List.of(), sources("", null, null, null, null, 1e11, null, "USD", null));
  }

  @Test
  void filtersByCommitmentKind() {
    assertEquals(List.of("fa/pilgrims.txt"), sources("", null, null, null, null, null, null, null, "decision"));
  }

  @Test
  void hitsCarrySnippetOfficialsAreasAndMatchingFigures() {
    SearchResult r = search.search(new SearchRequest("الاتصالات", 10, null, null, null, null, 1e9, null, "USD",
        null, false));
    SearchResult.Hit hit = r.hits().get(0);
    assertEquals("استقبل وزير [الاتصالات] العراقي هيثم الساعدي السفير الإيراني في بغداد عام 2025.", hit.snippet());
    assertEquals(List.of("هيثم الساعدي"), hit.officials());
    assertEquals(List.of("telecom", "trade_investment"), hit.areas());
    assertEquals(List.of("20 مليار دولار سنويا"), hit.figures().stream().map(IndexedDocument.Figure::text).toList());
  }

  private static List<String> sources(SearchRequest request) {
    return search.search(request).hits().stream().map(SearchResult.Hit::source).sorted().toList();
  }

  @Test
  void repeatedFilterValuesAreAlternativesAndDifferentFiltersMustAllMatch() {
    assertEquals(List.of("ar/telecom.txt", "fa/pilgrims.txt"), sources(new SearchRequest("", 10, List.of(), List.of(),
        List.of(), List.of("IQ", "IR"), null, null, List.of(), List.of(), false, 20)));
    assertEquals(List.of("ar/telecom.txt"), sources(new SearchRequest("", 10, List.of("ar"), List.of(), List.of(),
        List.of("IQ", "IR"), null, null, List.of(), List.of(), false, 20)));
    assertEquals(List.of("ar/telecom.txt", "fa/pilgrims.txt"), sources(new SearchRequest("", 10, List.of(), List.of(),
        List.of("الساعدي", "مرادی‌زاده"), List.of(), null, null, List.of(), List.of(), false, 20)));
    assertEquals(List.of("ar/gas.txt", "fa/pilgrims.txt"), sources(new SearchRequest("", 10, List.of(), List.of(),
        List.of(), List.of(), null, null, List.of(), List.of("decision", "agreement"), false, 20)));
    assertEquals(List.of("ar/gas.txt", "ar/telecom.txt"), sources(new SearchRequest("", 10, List.of(),
        List.of("energy", "telecom"), List.of(), List.of(), 1e7, null, List.of("USD", "cubic_meter"), List.of(),
        false, 20)));
  }

  @Test
  void figuresOfAnyOfTheUnitsAreShown() {
    SearchResult r = search.search(new SearchRequest("", 10, List.of(), List.of(), List.of(), List.of(), null, null,
        List.of("person", "cubic_meter"), List.of(), false, 20));
    assertEquals(List.of("28 مليون متر مكعب يوميا", "۸ تا ۱۰ میلیون زائر"), r.hits().stream()
        .flatMap(h -> h.figures().stream()).map(IndexedDocument.Figure::text).sorted().toList());
  }

  @Test
  void limitZeroCountsWithoutHits() {
    SearchResult r = search.search(new SearchRequest("", 0, null, null, null, null, null, null, null, null, true));
    assertEquals(3, r.total());
    assertEquals(List.of(), r.hits());
    assertEquals(Map.of("ar", 2, "fa", 1), r.facets().get("lang"));
  }

  @Test
  void facetSizeCutsEachDimension() {
    SearchResult r = search.search(new SearchRequest("", 0, List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(), List.of(), true, 1));
    assertEquals(Map.of("ar", 2), r.facets().get("lang"));
    assertEquals(1, r.facets().get("areas").size());
  }

  @Test
  void aBadQueryIsOneShortLineNotTheWholeQuery() {
    String longQuery = "الاتصالات ".repeat(300) + "AND";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> search.search(new SearchRequest(longQuery, 10, null, null, null, null, null, null, null, null, false)));
    assertEquals("bad query '" + "الاتصالات ".repeat(6) + "… (3003 characters)': Encountered \"<EOF>\" at line 1, "
        + "column 3003.", e.getMessage());
    IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
        () -> search.search(new SearchRequest("(وزير ".repeat(5000), 10, null, null, null, null, null, null, null,
            null, false)));
    assertEquals("bad query '" + "(وزير ".repeat(10) + "… (30000 characters)': nested too deeply", nested.getMessage());
  }

  @Test
  void countsFacetsOverTheMatches() {
    SearchResult r = search.search(new SearchRequest("", 10, "ar", null, null, null, null, null, null, null, true));
    Map<String, Map<String, Integer>> f = r.facets();
    assertEquals(Map.of("ar", 2), f.get("lang"));
    assertEquals(Map.of("telecom", 1, "trade_investment", 1, "energy", 1), f.get("areas"));
    assertEquals(Map.of("IQ", 1), f.get("countries"));
    assertEquals(Map.of("2025", 1), f.get("year"));
  }

  @Test
  void hitsTotalsAndFacetsAreTheSameCountedInOnePassOrApart() {
    for (String q : List.of("", "الاتصالات", "اربعین OR الغاز", "\"خط أنابيب\"")) {
      for (boolean byDate : List.of(false, true)) {
        SearchRequest plain = new SearchRequest(q, 10, null, null, null, null, null, null, null, null, false)
            .withDates(null, null, byDate);
        SearchResult both = search.search(plain.withFacets(10, 20));
        SearchResult hitsOnly = search.search(plain);
        SearchResult facetsOnly = search.search(plain.withFacets(0, 20));
        assertEquals(hitsOnly.hits(), both.hits(), q);
        assertEquals(hitsOnly.total(), both.total(), q);
        assertEquals(facetsOnly.total(), both.total(), q);
        assertEquals(facetsOnly.facets(), both.facets(), q);
      }
    }
  }
}
