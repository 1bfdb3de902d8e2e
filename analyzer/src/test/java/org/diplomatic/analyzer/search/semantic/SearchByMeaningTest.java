package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny bilingual index whose word vectors put every electricity word on one axis and every pilgrimage word on
 * another, so that a Persian query can find an Arabic document by meaning alone.
 */
class SearchByMeaningTest {
  private static final String ELECTRICITY_AR = "وقع وزير الكهرباء العراقي اتفاقية لاستيراد الطاقة من إيران.";
  private static final String PILGRIMS_AR = "استقبلت كربلاء ملايين الزوار في زيارة الأربعين.";
  private static final String PILGRIMS_FA = "زائران اربعین از مرز مهران عبور کردند.";

  @TempDir static Path dir;
  private static DocumentEmbedder embedder;
  private static WordVectors words;

  @BeforeAll
  static void index() {
    DocumentEmbedder plain = new DocumentEmbedder(WordVectors.of(1, Map.of()), TermWeights.uniform());
    Map<String, float[]> vectors = new HashMap<>();
    plain.terms(ELECTRICITY_AR).forEach(t -> vectors.put(t, new float[] {1f, 0f}));
    plain.terms(PILGRIMS_AR + " " + PILGRIMS_FA).forEach(t -> vectors.put(t, new float[] {0f, 1f}));
    vectors.put("برق", new float[] {1f, 0f});
    words = WordVectors.of(2, vectors);
    embedder = new DocumentEmbedder(words, TermWeights.uniform());
    try (DocumentIndexer withVectors = DocumentIndexer.open(dir.resolve("vectors"), embedder);
        DocumentIndexer without = DocumentIndexer.open(dir.resolve("old"))) {
      for (DocumentIndexer w : List.of(withVectors, without)) {
        w.add(doc("ar/electricity.txt", "ar", ELECTRICITY_AR));
        w.add(doc("ar/pilgrims.txt", "ar", PILGRIMS_AR));
        w.add(doc("fa/pilgrims.txt", "fa", PILGRIMS_FA));
        w.commit();
      }
    }
  }

  private static IndexedDocument doc(String source, String lang, String text) {
    return new IndexedDocument("id-" + source, source, lang, "news", text, List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  private static SearchResult search(String index, String query, SearchMode mode, String lang) {
    try (IndexSearch s = IndexSearch.open(dir.resolve(index), embedder)) {
      return s.search(new SearchRequest(query, 10, lang == null ? List.of() : List.of(lang), List.of(), List.of(),
          List.of(), null, null, List.of(), List.of(), false, 1, mode));
    }
  }

  private static List<String> hits(SearchResult r) {
    return r.hits().stream().map(h -> h.source() + " " + h.match().label()).toList();
  }

  @Test
  void aPersianQueryFindsTheArabicDocumentOnlyByMeaning() {
    assertEquals(List.of(), hits(search("vectors", "برق", SearchMode.LEXICAL, "ar")));
    assertEquals(List.of("ar/electricity.txt meaning"), hits(search("vectors", "برق", SearchMode.SEMANTIC, "ar")));
    SearchResult hybrid = search("vectors", "برق", SearchMode.HYBRID, "ar");
    assertEquals(List.of("ar/electricity.txt meaning"), hits(hybrid));
    assertEquals(1, hybrid.total());
    assertNull(hybrid.notice());
  }

  @Test
  void aHitFoundByMeaningShowsItsClosestSentence() {
    assertEquals(ELECTRICITY_AR, search("vectors", "برق", SearchMode.HYBRID, "ar").hits().get(0).snippet());
  }

  @Test
  void hybridRanksTheDocumentsFoundByTermsAndByMeaningAboveThoseFoundByMeaningOnly() {
    assertEquals(List.of("fa/pilgrims.txt both", "ar/pilgrims.txt meaning"),
        hits(search("vectors", "زائران", SearchMode.HYBRID, null)));
  }

  @Test
  void aTranslationOfTheQueryFindsTheOtherLanguagesDocumentByTermsToo() {
    DocumentEmbedder translating = new DocumentEmbedder(words, TermWeights.uniform(),
        QueryTranslation.of(List.of(new SeedLexicon.Pair("الكهرباء", "برق"))), null);
    try (IndexSearch s = IndexSearch.open(dir.resolve("vectors"), translating)) {
      SearchResult r = s.search(new SearchRequest("برق", 10, List.of("ar"), List.of(), List.of(), List.of(), null,
          null, List.of(), List.of(), false, 1, SearchMode.HYBRID));
      assertEquals(List.of("ar/electricity.txt both"), hits(r));
      assertEquals("وقع وزير [الكهرباء] العراقي اتفاقية لاستيراد الطاقة من إيران.", r.hits().get(0).snippet());
    }
  }

  @Test
  void passageVectorsAndPassagesReadFromTheTextRankAlike() {
    try (IndexSearch s = IndexSearch.open(dir.resolve("vectors"), embedder)) {
      SearchRequest request = new SearchRequest("زائران", 10, List.of(), List.of(), List.of(), List.of(), null, null,
          List.of(), List.of(), false, 1, SearchMode.SEMANTIC);
      List<String> fromVectors = hits(s.search(request));
      s.passagesFromText(true);
      assertEquals(fromVectors, hits(s.search(request)));
      assertEquals(List.of("ar/pilgrims.txt meaning", "fa/pilgrims.txt both"), fromVectors);
    }
  }

  @Test
  void aDocumentWithOneSentenceOnTheQueryMatchesByMeaningThoughMostOfItIsAboutSomethingElse() {
    // half of its words are on pilgrims: its cosine with the query (about 0.7) is more than 0.2 below the
    // electricity document's (1), its score with its best sentence counted (about 0.85) is not
    String pilgrims = "استقبلت كربلاء ملايين الزوار في زيارة الأربعين هذا العام.";
    DocumentEmbedder plain = new DocumentEmbedder(WordVectors.of(1, Map.of()), TermWeights.uniform());
    Map<String, float[]> vectors = new HashMap<>();
    plain.terms(ELECTRICITY_AR).forEach(t -> vectors.put(t, new float[] {1f, 0f}));
    plain.terms(pilgrims).forEach(t -> vectors.put(t, new float[] {0f, 1f}));
    vectors.put("برق", new float[] {1f, 0f});
    DocumentEmbedder twoAxes = new DocumentEmbedder(WordVectors.of(2, vectors), TermWeights.uniform());
    try (DocumentIndexer w = DocumentIndexer.open(dir.resolve("mixed"), twoAxes)) {
      w.add(doc("ar/electricity.txt", "ar", ELECTRICITY_AR));
      w.add(doc("ar/both.txt", "ar", pilgrims + "\n" + ELECTRICITY_AR));
      w.add(doc("ar/pilgrims.txt", "ar", pilgrims));
      w.commit();
    }
    try (IndexSearch s = IndexSearch.open(dir.resolve("mixed"), twoAxes)) {
      SearchResult r = s.search(new SearchRequest("برق", 10, List.of("ar"), List.of(), List.of(), List.of(), null,
          null, List.of(), List.of(), false, 1, SearchMode.SEMANTIC));
      assertEquals(List.of("ar/electricity.txt meaning", "ar/both.txt meaning"), hits(r));
      assertEquals(ELECTRICITY_AR, r.hits().get(1).snippet());
    }
  }

  @Test
  void anIndexWithoutVectorsIsSearchedByTermsAndSaysSoInOneLine() {
    SearchResult r = search("old", "الكهرباء", SearchMode.HYBRID, null);
    assertEquals(List.of("ar/electricity.txt terms"), hits(r));
    assertEquals("semantic search is off: this index has no document vectors (made without word vectors, or before "
        + "them; index again into a new folder to search by meaning); matching terms only", r.notice());
  }
}
