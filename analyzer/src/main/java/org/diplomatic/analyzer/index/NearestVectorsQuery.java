package org.diplomatic.analyzer.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The {@code k} nearest document vectors among those a filter accepts, searched per segment as Lucene's
 * {@link KnnFloatVectorQuery} with that filter searches them (every accepted document compared when a segment has no
 * more than {@code k}, else the graph, and every one again when the graph search gave up early), but with the
 * accepted documents kept by {@link VectorFilters} instead of collected from the filter for each query.
 */
final class NearestVectorsQuery extends KnnFloatVectorQuery {
  private final VectorFilters.Accepted accepted;

  NearestVectorsQuery(float[] target, int k, VectorFilters.Accepted accepted) {
    super(Fields.VECTOR, target, k);
    this.accepted = accepted;
  }

  /** Called for every segment, since the query has no filter of Lucene's: {@code liveDocs} are in the sets already. */
  @Override
  protected TopDocs approximateSearch(LeafReaderContext context, Bits liveDocs, int visitedLimit,
      KnnCollectorManager collectors) throws IOException {
    BitSet docs = accepted.perSegment().get(context.ord);
    int cost = docs == null ? 0 : docs.cardinality();
    if (cost == 0) {
      return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    }
    if (cost <= k) {
      return exactSearch(context, new BitSetIterator(docs, cost), null);
    }
    TopDocs results = super.approximateSearch(context, docs, cost + 1, collectors);
    return results.totalHits.relation == TotalHits.Relation.EQUAL_TO ? results
        : exactSearch(context, new BitSetIterator(docs, cost), null);
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && accepted == ((NearestVectorsQuery) other).accepted;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + accepted.filter().hashCode();
  }
}
