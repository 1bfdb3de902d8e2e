package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches a fixed set of document numbers of one open reader (the documents a ranking by meaning kept), so totals,
 * facets and date order count them without searching the vector graph again. Valid only for the reader the numbers
 * come from.
 */
final class DocNumbersQuery extends Query {
  private final int[] docs;

  DocNumbersQuery(Collection<Integer> docs) {
    this.docs = docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        int from = lowerBound(context.docBase);
        int to = lowerBound(context.docBase + context.reader().maxDoc());
        if (from == to) {
          return null;
        }
        return new ConstantScoreScorer(this, score(), scoreMode, iterator(from, to, context.docBase));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  /** Index of the first number not below {@code doc}. */
  private int lowerBound(int doc) {
    int at = Arrays.binarySearch(docs, doc);
    return at >= 0 ? at : -at - 1;
  }

  private DocIdSetIterator iterator(int from, int to, int base) {
    return new DocIdSetIterator() {
      private int at = from - 1;
      private int doc = -1;

      @Override
      public int docID() {
        return doc;
      }

      @Override
      public int nextDoc() {
        at++;
        doc = at < to ? docs[at] - base : NO_MORE_DOCS;
        return doc;
      }

      @Override
      public int advance(int target) throws IOException {
        while (doc < target) {
          nextDoc();
        }
        return doc;
      }

      @Override
      public long cost() {
        return to - from;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "docs" + Arrays.toString(docs);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && Arrays.equals(docs, ((DocNumbersQuery) other).docs);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + Arrays.hashCode(docs);
  }
}
