package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * The documents a search by meaning may return under a filter, per segment of one reader: the filter's live matches
 * that have a vector, the set Lucene's filtered nearest-neighbour search builds for every query by walking every
 * match (at 100,000 documents the walk cost more than the graph search, and a hybrid search with feedback searched
 * twice). Kept for the {@link #KEPT} filters searched last; thread-safe. Searched through {@link NearestVectorsQuery}.
 */
final class VectorFilters {
  /** Filters kept (a set costs a bit per document of the index, children included). */
  static final int KEPT = 64;

  /** The accepted documents of one filter: per segment of the reader, in order, their set (null: none). */
  record Accepted(Query filter, List<BitSet> perSegment) {}

  private final IndexSearcher searcher;
  private final Map<Query, Accepted> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Query, Accepted> eldest) {
      return size() > KEPT;
    }
  };

  VectorFilters(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The documents {@code filter} accepts, computed on its first search and kept. */
  Accepted accepted(Query filter) throws IOException {
    synchronized (recent) {
      Accepted kept = recent.get(filter);
      if (kept != null) {
        return kept;
      }
    }
    Accepted made = compute(filter);
    synchronized (recent) {
      recent.put(filter, made);
    }
    return made;
  }

  /** What Lucene's search with a filter accepts: the filter and the vector's presence, without deleted documents. */
  private Accepted compute(Query filter) throws IOException {
    Query withVector = new BooleanQuery.Builder()
        .add(filter, BooleanClause.Occur.FILTER)
        .add(new FieldExistsQuery(Fields.VECTOR), BooleanClause.Occur.FILTER)
        .build();
    Weight weight = searcher.createWeight(searcher.rewrite(withVector), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    BitSet[] sets = new BitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        sets[leaf.ord] = live(scorer.iterator(), leaf.reader().getLiveDocs(), leaf.reader().maxDoc());
      }
    }
    return new Accepted(filter, java.util.Arrays.asList(sets));
  }

  private static BitSet live(DocIdSetIterator matches, Bits liveDocs, int maxDoc) throws IOException {
    DocIdSetIterator kept = liveDocs == null ? matches : new FilteredDocIdSetIterator(matches) {
      @Override
      protected boolean match(int doc) {
        return liveDocs.get(doc);
      }
    };
    return BitSet.of(kept, maxDoc);
  }
}
