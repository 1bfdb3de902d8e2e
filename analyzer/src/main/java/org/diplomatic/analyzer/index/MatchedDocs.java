package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * Every document a query matches, as one set over the reader's document numbers, collected beside the best hits in
 * the walk that ranks them ({@link MatchTotal} then looks the few documents found by meaning alone up in it, where
 * it searched the terms again: a fourteenth of a hybrid search's CPU at 100,000 documents). Sparse: a set costs
 * memory for the blocks of 4,096 documents holding matches only.
 */
final class MatchedDocs implements CollectorManager<MatchedDocs.Collector, SparseFixedBitSet> {
  private final int maxDoc;

  MatchedDocs(int maxDoc) {
    this.maxDoc = Math.max(1, maxDoc);
  }

  @Override
  public Collector newCollector() {
    return new Collector(new SparseFixedBitSet(maxDoc));
  }

  @Override
  public SparseFixedBitSet reduce(Collection<Collector> collectors) throws IOException {
    Iterator<Collector> each = collectors.iterator();
    SparseFixedBitSet all = each.next().docs;
    while (each.hasNext()) {
      all.or(new BitSetIterator(each.next().docs, 0));
    }
    return all;
  }

  /** Sets the bit of each document collected. */
  static final class Collector extends SimpleCollector {
    private final SparseFixedBitSet docs;
    private int base;

    private Collector(SparseFixedBitSet docs) {
      this.docs = docs;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      docs.set(base + doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
