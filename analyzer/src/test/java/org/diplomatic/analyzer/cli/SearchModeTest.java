package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import org.diplomatic.analyzer.search.semantic.TermWeights;
import org.diplomatic.analyzer.search.semantic.WordVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchModeTest {
  private static final String ELECTRICITY_AR = "وقع وزير الكهرباء العراقي اتفاقية لاستيراد الطاقة من إيران.";
  private static final String PILGRIMS_FA = "زائران اربعین از مرز مهران عبور کردند.";

  @TempDir static Path dir;

  @BeforeAll
  static void indexWithAndWithoutVectors() throws Exception {
    DocumentEmbedder plain = new DocumentEmbedder(WordVectors.of(1, Map.of()), TermWeights.uniform());
    Map<String, float[]> vectors = new HashMap<>();
    plain.terms(ELECTRICITY_AR).forEach(t -> vectors.put(t, new float[] {1f, 0f}));
    plain.terms(PILGRIMS_FA).forEach(t -> vectors.put(t, new float[] {0f, 1f}));
    vectors.put("برق", new float[] {1f, 0f});
    WordVectors words = WordVectors.of(2, vectors);
    Files.createDirectories(dir.resolve("models/embeddings"));
    words.save(dir.resolve("models").resolve(DocumentEmbedder.VECTORS));
    DocumentEmbedder embedder = new DocumentEmbedder(words, TermWeights.uniform());
    try (DocumentIndexer withVectors = DocumentIndexer.open(dir.resolve("idx"), embedder);
        DocumentIndexer old = DocumentIndexer.open(dir.resolve("old"))) {
      for (DocumentIndexer w : List.of(withVectors, old)) {
        w.add(new IndexedDocument("id-ar", "ar/electricity.txt", "ar", "news", ELECTRICITY_AR, List.of(),
            List.of("energy"), List.of(), List.of(), List.of()));
        w.add(new IndexedDocument("id-fa", "fa/pilgrims.txt", "fa", "news", PILGRIMS_FA, List.of(),
            List.of("tourism_pilgrimage"), List.of(), List.of(), List.of()));
        w.commit();
      }
    }
  }

  private static CliRun search(String index, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("search", "--index", dir.resolve(index).toString(),
        "--models", dir.resolve("models").toString(), "--format", "csv"));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void anUnknownModeIsAUsageErrorNamingTheThreeModes() {
    CliRun run = search("idx", "--mode", "fuzzy", "برق");
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals("analyzer: --mode must be lexical, semantic or hybrid: fuzzy (see --help)\n",
        run.err().replace("\r\n", "\n"));
  }

  @Test
  void aPersianQueryWithLangArFindsTheArabicDocumentByMeaningByDefault() {
    CliRun run = search("idx", "--lang", "ar", "برق");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    assertEquals(List.of("id,source,score,lang,snippet,officials,areas,figures,match,date",
        "id-ar,ar/electricity.txt,0.700,ar," + ELECTRICITY_AR + ",,energy,,meaning,"), run.out().lines().toList());
  }

  @Test
  void lexicalModeFindsOnlyTheQueryTerms() {
    CliRun run = search("idx", "--mode", "lexical", "--lang", "ar", "برق");
    assertEquals("", run.err());
    assertEquals(1, run.out().lines().count());
  }

  @Test
  void anOldIndexIsSearchedByTermsWithOneLineSayingSemanticSearchIsOff() {
    CliRun run = search("old", "الكهرباء");
    assertEquals(0, run.exit());
    assertEquals(List.of("analyzer: semantic search is off: this index has no document vectors (made without word "
        + "vectors, or before them; index again into a new folder to search by meaning); matching terms only"),
        run.err().lines().toList());
    assertEquals("id-ar,ar/electricity.txt", String.join(",",
        List.of(run.out().lines().toList().get(1).split(",")).subList(0, 2)));
  }

  @Test
  void withoutWordVectorsTheSearchSaysSoInOneLineAndMatchesTerms() {
    CliRun run = CliRun.of("search", "--index", dir.resolve("idx").toString(), "--models",
        dir.resolve("no-models").toString(), "--format", "csv", "الكهرباء");
    assertEquals(List.of("analyzer: semantic search is off: no word vectors to read the query with "
        + "(models/embeddings/vectors.bin); matching terms only"), run.err().lines().toList());
    assertEquals(2, run.out().lines().count());
  }
}
