package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;

/**
 * What a hybrid search matched, for its facets: the terms side's matches, collected in the walk that found its best
 * hits, joined with the documents found by meaning; the same documents as a walk over "terms OR meaning" collects,
 * without evaluating the terms side's query a second time (the costliest shape of the mix: a word with facets).
 */
final class MatchUnion {
  private MatchUnion() {}

  /** {@code terms}: every match of the terms side; {@code meaning}: the documents found by meaning, sorted. */
  static FacetsCollector of(IndexReader reader, FacetsCollector terms, int[] meaning) throws IOException {
    Map<Integer, FacetsCollector.MatchingDocs> byLeaf = new HashMap<>();
    for (FacetsCollector.MatchingDocs m : terms.getMatchingDocs()) {
      byLeaf.put(m.context.ord, m);
    }
    FacetsCollector union = new FacetsCollector();
    int next = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      FacetsCollector.MatchingDocs m = byLeaf.get(leaf.ord);
      DocIdSetIterator docs = m == null || m.totalHits == 0 ? null : m.bits.iterator();
      int end = leaf.docBase + leaf.reader().maxDoc();
      LeafCollector collector = union.getLeafCollector(leaf);
      int doc = docs == null ? DocIdSetIterator.NO_MORE_DOCS : docs.nextDoc();
      while (doc != DocIdSetIterator.NO_MORE_DOCS || next < meaning.length && meaning[next] < end) {
        int byMeaning = next < meaning.length && meaning[next] < end ? meaning[next] - leaf.docBase
            : DocIdSetIterator.NO_MORE_DOCS;
        int least = Math.min(doc, byMeaning);
        collector.collect(least);
        if (doc == least) {
          doc = docs.nextDoc();
        }
        if (byMeaning == least) {
          next++;
        }
      }
      collector.finish();
    }
    return union;
  }

  /** The documents of a fused ranking found by meaning, sorted. */
  static int[] byMeaning(List<RankFusion.Fused<Integer>> fused) {
    return fused.stream().filter(RankFusion.Fused::meaning).mapToInt(RankFusion.Fused::key).sorted().toArray();
  }
}
