package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * How many documents a ranking by meaning matched, by terms or by meaning ({@link MeaningRanking.Ranked#matched}),
 * what {@code count} of that query gives, without walking the term matches a second time: the terms side's count
 * comes with its best hits (exact up to a thousand), and only the few documents found by meaning alone are looked up
 * among the term matches beyond the best hits. Over a thousand term matches, counted as before.
 */
final class MatchTotal {
  private MatchTotal() {}

  static long of(IndexSearcher searcher, SearchMode mode, MeaningRanking.Ranked ranked) throws IOException {
    if (mode == SearchMode.SEMANTIC) {
      return ranked.fused().size(); // what matched is the documents found by meaning, each ranked once
    }
    TotalHits terms = ranked.termsTotal();
    if (terms.relation != TotalHits.Relation.EQUAL_TO) {
      return searcher.count(ranked.matched());
    }
    long ranksByTerms = ranked.fused().stream().filter(RankFusion.Fused::terms).count();
    int[] byMeaningAlone = ranked.fused().stream().filter(f -> !f.terms()).mapToInt(RankFusion.Fused::key)
        .sorted().toArray();
    long alsoByTerms = terms.value == ranksByTerms ? 0 : matching(searcher, ranked, byMeaningAlone);
    return terms.value + byMeaningAlone.length - alsoByTerms;
  }

  /** How many of {@code docs} (sorted) the terms side's query matches. */
  private static int matching(IndexSearcher searcher, MeaningRanking.Ranked ranked, int[] docs) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(ranked.terms()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int found = 0;
    int leaf = -1;
    DocIdSetIterator candidates = null;
    TwoPhaseIterator confirm = null;
    for (int doc : docs) {
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        Scorer scorer = weight.scorer(leaves.get(at));
        confirm = scorer == null ? null : scorer.twoPhaseIterator();
        candidates = scorer == null ? null : confirm != null ? confirm.approximation() : scorer.iterator();
      }
      int local = doc - leaves.get(at).docBase;
      if (candidates == null) {
        continue;
      }
      // the iterator may stand on this document already, reached while looking for the one before
      int current = candidates.docID() < local ? candidates.advance(local) : candidates.docID();
      if (current == local && (confirm == null || confirm.matches())) {
        found++;
      }
    }
    return found;
  }
}
