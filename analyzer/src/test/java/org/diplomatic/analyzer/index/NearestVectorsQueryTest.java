package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches by meaning with the accepted documents kept per filter give what Lucene's filtered search and a count of
 * the matches give, over an index of small segments (every document compared), large ones (the graph) and deleted
 * documents; a hybrid search's facets count the documents a walk over its matches collects.
 */
class NearestVectorsQueryTest {
  private static final List<String> WORDS = List.of("الطاقة", "الكهرباء", "النفط", "الغاز", "الاتصالات", "التجارة",
      "الاستثمار", "الزوار", "الحدود", "الموانئ", "انرژی", "برق", "نفت", "گاز", "تجارت", "زائران");

  @TempDir static Path dir;
  private static Path index;

  /** A word's vector is drawn from its own seed; a text's is the unit mean of its words'. */
  private static final TextEmbedding WORD_SUMS = new TextEmbedding() {
    @Override
    public int dimension() {
      return 16;
    }

    @Override
    public float[] embed(String text) {
      float[] sum = new float[16];
      for (String word : text.split("\\s+")) {
        Random r = new Random(word.hashCode());
        for (int d = 0; d < sum.length; d++) {
          sum[d] += (float) r.nextGaussian();
        }
      }
      double norm = 0;
      for (float x : sum) {
        norm += x * x;
      }
      for (int d = 0; d < sum.length; d++) {
        sum[d] /= (float) Math.sqrt(norm);
      }
      return sum;
    }
  };

  @BeforeAll
  static void buildIndex() {
    index = dir.resolve("idx");
    Random random = new Random(17);
    try (DocumentIndexer w = DocumentIndexer.open(index, WORD_SUMS)) {
      for (int i = 0; i < 420; i++) {
        w.add(document(i, random));
        if (i == 30 || i == 80 || i == 300) {
          w.commit(); // segments of 31, 50, 220 and 119 documents
        }
      }
      w.commit();
      for (int i = 0; i < 420; i += 7) {
        w.add(document(i, random)); // the same source again: the old block is deleted
      }
      w.commit();
    }
  }

  private static IndexedDocument document(int i, Random random) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
    }
    IndexedDocument base = i % 2 == 0 ? IndexFixtures.iraqIranTelecom("ar/" + i + ".txt")
        : IndexFixtures.pilgrimsPersian("fa/" + i + ".txt");
    return new IndexedDocument("id-" + i + "-" + random.nextInt(), base.source(), base.lang(), base.genre(),
        text.toString().strip(), base.officials(), base.areas(), base.figures(), base.commitments(), base.years(),
        base.date());
  }

  @Test
  void findsTheNeighboursLucenesFilteredSearchFinds() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() >= 3 && reader.hasDeletions(), reader.leaves() + " " + reader.hasDeletions());
      IndexSearcher searcher = new IndexSearcher(reader);
      VectorFilters filters = new VectorFilters(searcher);
      Random random = new Random(5);
      int compared = 0;
      for (Query filter : filters()) {
        for (int k : List.of(5, 100)) {
          for (int q = 0; q < 10; q++) {
            float[] target = WORD_SUMS.embed(WORDS.get(random.nextInt(WORDS.size())) + " "
                + WORDS.get(random.nextInt(WORDS.size())));
            ScoreDoc[] lucene = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, target, k, filter), k).scoreDocs;
            ScoreDoc[] ours = searcher.search(new NearestVectorsQuery(target, k, filters.accepted(filter)), k)
                .scoreDocs;
            assertArrayEquals(docs(lucene), docs(ours), filter + " k " + k);
            assertEquals(Arrays.toString(scores(lucene)), Arrays.toString(scores(ours)));
            compared += lucene.length;
          }
        }
      }
      assertTrue(compared > 2000, "compared " + compared);
    }
  }

  @Test
  void hybridTotalsAreWhatCountingTheMatchesGives() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      VectorFilters filters = new VectorFilters(searcher);
      int beyondTheBest = 0;
      for (String words : List.of("الطاقة", "نفت OR زائران", "\"الطاقة الكهرباء\"", "الموانئ التجارة", "گاز")) {
        for (Query filter : filters()) {
          for (SearchMode mode : List.of(SearchMode.HYBRID, SearchMode.SEMANTIC)) {
            MeaningRanking.Ranked ranked = rank(searcher, filters, words, filter, mode, false);
            assertEquals(searcher.count(ranked.matched()), MatchTotal.of(searcher, mode, ranked), words + " " + mode);
            beyondTheBest += ranked.termsTotal().value > 100 ? 1 : 0;
          }
        }
      }
      assertTrue(beyondTheBest > 5, "searches matching more terms than ranked " + beyondTheBest);
    }
  }

  @Test
  void hybridFacetsCountWhatAWalkOverTermsOrMeaningCollects() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      VectorFilters filters = new VectorFilters(searcher);
      int byMeaningAlone = 0;
      for (String words : List.of("الطاقة", "نفت OR زائران", "\"الطاقة الكهرباء\"", "الموانئ التجارة", "گاز")) {
        for (Query filter : filters()) {
          MeaningRanking.Ranked ranked = rank(searcher, filters, words, filter, SearchMode.HYBRID, true);
          FacetsCollector union = MatchUnion.of(reader, ranked.termMatches(), MatchUnion.byMeaning(ranked.fused()));
          FacetsCollector walked = searcher.search(ranked.matched(), new FacetsCollectorManager());
          assertEquals(matches(walked), matches(union), words + " " + filter);
          byMeaningAlone += ranked.fused().stream().filter(f -> !f.terms()).count();
        }
      }
      assertTrue(byMeaningAlone > 0, "documents found by meaning alone " + byMeaningAlone);
    }
  }

  private static MeaningRanking.Ranked rank(IndexSearcher searcher, VectorFilters filters, String words, Query filter,
      SearchMode mode, boolean facets) throws IOException {
    SearchRequest request = new SearchRequest(words, 10, null, null, null, null, null, null, null, null, facets)
        .withMode(mode);
    return new MeaningRanking(searcher, WORD_SUMS, 0.1f, 0.7, false, 0.2, 3)
        .rank(request, WORD_SUMS.embed(words), and(words, filter), and(words, filter), filters.accepted(filter));
  }

  /** Each segment's count and its documents (numbered in the reader); segments with none left out. */
  private static List<String> matches(FacetsCollector collected) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
      if (m.totalHits > 0) {
        out.add("segment " + m.context.ord + ": " + m.totalHits);
        DocIdSetIterator docs = m.bits.iterator();
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          out.add(String.valueOf(m.context.docBase + d));
        }
      }
    }
    return out;
  }

  private static List<Query> filters() {
    Query docs = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC));
    return List.of(
        new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
            .add(docs, BooleanClause.Occur.FILTER).build(),
        new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.LANG, "fa")), BooleanClause.Occur.MUST)
            .add(docs, BooleanClause.Occur.FILTER).build());
  }

  private static Query and(String words, Query filter) {
    return new BooleanQuery.Builder()
        .add(IndexSearch.textQuery(Fields.analyzer(), words, QueryParser.Operator.AND), BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER).build();
  }

  private static int[] docs(ScoreDoc[] hits) {
    return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
  }

  private static float[] scores(ScoreDoc[] hits) {
    float[] out = new float[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = hits[i].score;
    }
    return out;
  }
}
