package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HitHighlighterTest {
  @TempDir Path dir;

  @Test
  void marksTheMatchFromThePostingsOffsets() throws IOException {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(IndexFixtures.iraqIranTelecom("ar/telecom.txt"));
      w.commit();
    }
    try (IndexSearch search = IndexSearch.open(index)) {
      assertTrue(DocumentMapper.keepsOffsets(
          FieldInfos.getMergedFieldInfos(search.reader()).fieldInfo(Fields.BODY)));
      assertEquals("وقال الساعدي إن البلدين يسعيان إلى رفع حجم [التبادل] في قطاع الاتصالات إلى 20 مليار دولار سنويا.",
          search.search(new SearchRequest("التبادلات", 1, null, null, null, null, null, null, null, null, false))
              .hits().get(0).snippet());
    }
  }

  @Test
  void anIndexMadeWithoutOffsetsTakesNewDocumentsWithoutThem() throws IOException {
    Path index = dir.resolve("old");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(Fields.analyzer()))) {
      w.addDocuments(new DocumentMapper(null, false).block(IndexFixtures.gasOman("ar/gas.txt")));
    }
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(IndexFixtures.iraqIranTelecom("ar/telecom.txt"));
      w.commit();
    }
    try (IndexSearch search = IndexSearch.open(index)) {
      assertEquals(false, DocumentMapper.keepsOffsets(
          FieldInfos.getMergedFieldInfos(search.reader()).fieldInfo(Fields.BODY)));
      assertEquals("وقال الساعدي إن البلدين يسعيان إلى رفع حجم [التبادل] في قطاع الاتصالات إلى 20 مليار دولار سنويا.",
          search.search(new SearchRequest("التبادلات", 1, null, null, null, null, null, null, null, null, false))
              .hits().get(0).snippet());
    }
  }

  /**
   * Every hit's passage of many queries over the written corpus is the one found by analyzing the hit's text (how
   * snippets were made before the index kept offsets), in an index with offsets and in one made without them.
   */
  @Test
  void givesThePassageThatAnalyzingTheTextGaveOnTheCorpus() throws IOException {
    List<IndexedDocument> docs = corpus();
    List<String> queries = queries(docs);
    for (boolean offsets : List.of(true, false)) {
      int[] counts = compareWithAnalysis(docs, queries, offsets);
      assertTrue(counts[0] > 500 && counts[1] > counts[0] / 2, "compared " + counts[0] + ", marked " + counts[1]);
    }
  }

  /** Queries that rewrite to terms of the reader (prefix, fuzzy) are marked as Lucene marks them, hit by hit. */
  @Test
  void givesThePassageThatAnalyzingTheTextGaveForPrefixAndFuzzyQueries() throws IOException {
    List<IndexedDocument> docs = corpus();
    Random random = new Random(23);
    List<String> queries = new ArrayList<>();
    while (queries.size() < 60) {
      String[] words = docs.get(random.nextInt(docs.size())).text().split("[^\\p{L}\\p{M}\\u200C]+");
      String w = words[random.nextInt(words.length)];
      if (w.length() >= 6) {
        queries.add(queries.size() % 2 == 0 ? w.substring(0, 5) + "*" : w + "~1");
      }
    }
    int[] counts = compareWithAnalysis(docs, queries, true);
    // a prefix is not stemmed as the body's terms are: many of its hits match in the exact field, never marked
    assertTrue(counts[0] > 100 && counts[1] > counts[0] / 5, "compared " + counts[0] + ", marked " + counts[1]);
  }

  /** Each hit's passage, in an index of {@code docs} with or without offsets, against analysis: compared, marked. */
  private int[] compareWithAnalysis(List<IndexedDocument> docs, List<String> queries, boolean offsets)
      throws IOException {
    Path index = dir.resolve(offsets ? "offsets" : "without");
    DocumentMapper mapper = new DocumentMapper(null, offsets);
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(Fields.analyzer()))) {
      for (IndexedDocument d : docs) {
        w.addDocuments(mapper.block(d));
      }
    }
    int compared = 0;
    int marked = 0;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(offsets, DocumentMapper.keepsOffsets(
          FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.BODY)));
      IndexSearcher searcher = new IndexSearcher(reader);
      Analyzer analyzer = Fields.analyzer();
      UnifiedHighlighter analyzing = UnifiedHighlighter.builderWithoutSearcher(analyzer)
          .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
          .withMaxLength(Integer.MAX_VALUE - 1).build();
      HitHighlighter highlighter = new HitHighlighter(searcher, analyzer, FieldInfos.getMergedFieldInfos(reader));
      for (String q : queries) {
        Query query = IndexSearch.textQuery(analyzer, q, QueryParser.Operator.OR);
        for (ScoreDoc sd : searcher.search(query, 5).scoreDocs) {
          String text = DocumentMapper.payload(searcher.storedFields().document(sd.doc).getField(Fields.PAYLOAD))
              .text();
          Object expected = analyzing.highlightWithoutSearcher(Fields.BODY, query, text, 1);
          assertEquals(expected == null ? null : expected.toString(), highlighter.best(query, sd.doc, text),
              q + " in document " + sd.doc);
          compared++;
          marked += expected != null && expected.toString().contains("[") ? 1 : 0;
        }
      }
    }
    return new int[] {compared, marked};
  }

  private static List<IndexedDocument> corpus() throws IOException {
    Path corpus = Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("../corpus");
    List<IndexedDocument> docs = new ArrayList<>();
    for (String lang : List.of("ar", "fa")) {
      try (Stream<Path> files = Files.list(corpus.resolve(lang))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          docs.add(new IndexedDocument(f.getFileName().toString(), f.toString(), lang, null, text, List.of(),
              List.of(), List.of(), List.of(), List.of(), null));
        }
      }
    }
    return docs;
  }

  /** Words, word pairs, phrases, OR, NOT and a field prefix, drawn from the corpus with a fixed seed. */
  private static List<String> queries(List<IndexedDocument> docs) {
    Random random = new Random(19);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      String[] words = docs.get(random.nextInt(docs.size())).text().split("[^\\p{L}\\p{M}\\u200C]+");
      int at = random.nextInt(Math.max(1, words.length - 2));
      String a = words[at].isBlank() ? "الاتصالات" : words[at];
      String b = words[at + 1].isBlank() ? "همکاری" : words[at + 1];
      out.add(switch (i % 6) {
        case 0 -> a;
        case 1 -> a + " " + b;
        case 2 -> "\"" + a + " " + b + "\"";
        case 3 -> a + " OR " + b;
        case 4 -> a + " NOT " + b;
        default -> "body:" + a + " exact:" + b;
      });
    }
    return out;
  }
}
