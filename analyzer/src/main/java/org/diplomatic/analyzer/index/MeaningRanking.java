package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FloatVectorSimilarityQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Ranks by meaning, or by terms and meaning fused, for {@link IndexSearch}: the nearest document vectors (HNSW) above
 * a cosine floor, the first {@link #PASSAGE_CANDIDATES} of them re-scored with their best passage, and the documents
 * holding any word of the query (BM25); what matches is either (for totals and facets).
 */
final class MeaningRanking {
  /** Documents each ranking contributes before fusion (at least the hits asked for). */
  static final int CANDIDATES = 100;
  /** Nearest documents whose best passage is compared with the query too (a topic may fill one paragraph only). */
  static final int PASSAGE_CANDIDATES = 20;
  /** Share of the best passage's similarity in a document's similarity (measured: 0.5 beat 0, 0.3 and 0.8). */
  static final double PASSAGE_WEIGHT = 0.5;
  /**
   * How far below the nearest document's cosine a document still matches by meaning. Cosines of averaged word
   * vectors crowd together (0.4-0.7 for most queries over the corpus), so an absolute floor alone let every document
   * match and totals and facets counted the whole index (160 of 160 corpus documents for الاتصالات; now 54).
   * Measured on corpus/relevance: 0.1 lost hybrid MAP (0.517 -> 0.472), 0.2 kept it (0.513) with recall@10 up
   * (0.587 -> 0.603), 0.3 counted nearly every document again.
   */
  static final double MEANING_MARGIN = 0.2;

  /** The fused ranking of document numbers and the query of everything that matched. */
  record Ranked(List<RankFusion.Fused<Integer>> fused, Query matched) {}

  private final IndexSearcher searcher;
  private final TextEmbedding embedding;
  private final float floorCosine;
  private final double linearWeight;

  /** {@code linearWeight} NaN fuses by reciprocal ranks instead of a linear mix. */
  MeaningRanking(IndexSearcher searcher, TextEmbedding embedding, float floorCosine, double linearWeight) {
    this.searcher = searcher;
    this.embedding = embedding;
    this.floorCosine = floorCosine;
    this.linearWeight = linearWeight;
  }

  /**
   * {@code allTerms} / {@code anyTerm}: the query's words joined by AND / by OR, with the filters; {@code filter}:
   * the filters alone. The terms side is the documents holding every word, or any word when none holds them all.
   */
  Ranked rank(SearchRequest request, float[] query, Query allTerms, Query anyTerm, Query filter) throws IOException {
    int k = Math.max(request.limit(), CANDIDATES);
    Query knn = new KnnFloatVectorQuery(Fields.VECTOR, query, k, filter);
    ScoreDoc[] nearest = searcher.search(knn, k).scoreDocs;
    // Lucene scores a dot product d as (1 + d) / 2
    float floor = (float) Math.max((1 + floorCosine) / 2,
        nearest.length == 0 ? 1 : nearest[0].score - MEANING_MARGIN / 2);
    List<RankFusion.Scored<Integer>> byMeaning = withPassages(scored(nearest).stream()
        .filter(s -> s.score() >= floor).toList(), query);
    Query meaning = new FloatVectorSimilarityQuery(Fields.VECTOR, query, floor, filter);
    Query terms = allTerms;
    ScoreDoc[] termHits = searcher.search(allTerms, k).scoreDocs;
    if (termHits.length == 0) {
      terms = anyTerm;
      termHits = searcher.search(anyTerm, k).scoreDocs;
    }
    List<RankFusion.Scored<Integer>> byTerms = scored(termHits);
    if (request.mode() == SearchMode.SEMANTIC) {
      return new Ranked(RankFusion.meaningOnly(byTerms, byMeaning), meaning);
    }
    List<RankFusion.Fused<Integer>> fused = Double.isNaN(linearWeight)
        ? RankFusion.reciprocalRank(byTerms, byMeaning, RankFusion.RRF_K)
        : RankFusion.linear(byTerms, byMeaning, linearWeight);
    return new Ranked(fused, new BooleanQuery.Builder()
        .add(terms, BooleanClause.Occur.SHOULD).add(meaning, BooleanClause.Occur.SHOULD).build());
  }

  /**
   * The nearest documents again, the first {@link #PASSAGE_CANDIDATES} scored by their cosine mixed with their best
   * passage's; the rest keep their cosine. Scores are cosines from here on.
   */
  private List<RankFusion.Scored<Integer>> withPassages(List<RankFusion.Scored<Integer>> nearest, float[] query)
      throws IOException {
    List<RankFusion.Scored<Integer>> out = new ArrayList<>(nearest.size());
    for (int i = 0; i < nearest.size(); i++) {
      RankFusion.Scored<Integer> s = nearest.get(i);
      double cosine = 2 * s.score() - 1;
      if (i < PASSAGE_CANDIDATES) {
        String text = DocumentMapper.payload(searcher.storedFields().document(s.key()).getField(Fields.PAYLOAD))
            .text();
        cosine = (1 - PASSAGE_WEIGHT) * cosine + PASSAGE_WEIGHT * Passages.bestSimilarity(text, query, embedding);
      }
      out.add(new RankFusion.Scored<>(s.key(), cosine));
    }
    out.sort(Comparator.comparingDouble((RankFusion.Scored<Integer> x) -> x.score()).reversed());
    return out;
  }

  private static List<RankFusion.Scored<Integer>> scored(ScoreDoc[] docs) {
    List<RankFusion.Scored<Integer>> out = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      out.add(new RankFusion.Scored<>(sd.doc, sd.score));
    }
    return out;
  }
}
