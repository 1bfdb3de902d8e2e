package org.diplomatic.analyzer.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * A query's best hits and the exact number of its matches, in one walk over them: the hits Lucene's
 * {@code search(query, n)} and {@code search(query, n, sort, true)} give, with a total that is never a lower bound.
 * Lucene counts exactly only up to a thousand matches and skips the rest while ranking, so a search with more took a
 * second walk ({@code IndexSearcher.count}) for its total: a sixth of a lexical search's CPU at 100,000 documents.
 */
final class CountedHits {
  private CountedHits() {}

  /** The {@code n} best-scored matches, ties in document order. */
  static TopDocs best(IndexSearcher searcher, Query query, int n) throws IOException {
    return searcher.search(query, best(searcher, n));
  }

  /** What collects the {@code n} best-scored matches and counts them all, for a walk that also collects others. */
  static TopScoreDocCollectorManager best(IndexSearcher searcher, int n) {
    return new TopScoreDocCollectorManager(capped(searcher, n), null, Integer.MAX_VALUE, false);
  }

  /** The first {@code n} matches in {@code sort} order, each with its score. */
  static TopDocs sorted(IndexSearcher searcher, Query query, int n, Sort sort) throws IOException {
    TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort.rewrite(searcher),
        capped(searcher, n), null, Integer.MAX_VALUE, false));
    TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    return top;
  }

  /** As Lucene caps it: never more hits than documents, at least one. */
  private static int capped(IndexSearcher searcher, int n) {
    return Math.min(n, Math.max(1, searcher.getIndexReader().maxDoc()));
  }
}
