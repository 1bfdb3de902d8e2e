package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountedHitsTest {
  /** Documents: "التعاون" in each, "الطاقة" in every third, in three segments; a day per document for sorting. */
  private static final int DOCS = 3000;

  @TempDir Path dir;

  @Test
  void countsEveryMatchPastAThousandWithTheHitsLuceneRanksBest() throws IOException {
    try (DirectoryReader reader = index()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query = query();
      TopDocs lucene = searcher.search(query, 10);
      TopDocs counted = CountedHits.best(searcher, query, 10);
      assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, lucene.totalHits.relation);
      assertEquals(new TotalHits(DOCS, TotalHits.Relation.EQUAL_TO), counted.totalHits);
      assertArrayEquals(docsAndScores(lucene), docsAndScores(counted));
    }
  }

  @Test
  void countsEveryMatchWithTheHitsLuceneSortsFirst() throws IOException {
    try (DirectoryReader reader = index()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SortField day = new SortField("day", SortField.Type.LONG, true);
      Sort newestFirst = new Sort(day, SortField.FIELD_SCORE);
      TopDocs lucene = searcher.search(query(), 10, newestFirst, true);
      TopDocs counted = CountedHits.sorted(searcher, query(), 10, newestFirst);
      assertEquals(DOCS, counted.totalHits.value);
      assertEquals(TotalHits.Relation.EQUAL_TO, counted.totalHits.relation);
      assertArrayEquals(docsAndScores(lucene), docsAndScores(counted));
    }
  }

  @Test
  void collectsEveryMatchBesideTheBestHits() throws IOException {
    try (DirectoryReader reader = index()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query energy = new TermQuery(new Term("body", "الطاقة"));
      Object[] both = searcher.search(energy, new MultiCollectorManager(CountedHits.best(searcher, 5),
          new MatchedDocs(reader.maxDoc())));
      Bits matched = (Bits) both[1];
      int[] expected = Arrays.stream(searcher.search(energy, DOCS).scoreDocs).mapToInt(sd -> sd.doc).sorted()
          .toArray();
      int[] collected = IntStream.range(0, reader.maxDoc()).filter(matched::get).toArray();
      assertEquals(DOCS / 3, collected.length);
      assertArrayEquals(expected, collected);
      assertEquals(DOCS / 3, ((TopDocs) both[0]).totalHits.value);
    }
  }

  private DirectoryReader index() throws IOException {
    Path index = dir.resolve("idx");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < DOCS; i++) {
        Document d = new Document();
        // term frequencies vary so that scores differ and tie
        d.add(new TextField("body", "التعاون ".repeat(1 + i % 7) + (i % 3 == 0 ? "الطاقة" : "النقل") + " " + i,
            Field.Store.NO));
        d.add(new NumericDocValuesField("day", i % 40));
        w.addDocument(d);
        if (i % 1000 == 999) {
          w.commit();
        }
      }
    }
    return DirectoryReader.open(FSDirectory.open(index));
  }

  private static Query query() {
    return new BooleanQuery.Builder().add(new TermQuery(new Term("body", "التعاون")), BooleanClause.Occur.MUST)
        .build();
  }

  private static String[] docsAndScores(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(CountedHitsTest::docAndScore).toArray(String[]::new);
  }

  private static String docAndScore(ScoreDoc sd) {
    return sd.doc + ":" + sd.score;
  }
}
