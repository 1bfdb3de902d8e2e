package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TotalHits;

/**
 * How many documents a ranking by meaning matched, by terms or by meaning ({@link MeaningRanking.Ranked#matched}),
 * what {@code count} of that query gives, without walking the term matches a second time: the terms side's count
 * comes exact with its best hits, and only the few documents found by meaning alone are looked up among the term
 * matches beyond the best hits, in the set of them the terms side collected. Without that set, counted again.
 */
final class MatchTotal {
  private MatchTotal() {}

  static long of(IndexSearcher searcher, SearchMode mode, MeaningRanking.Ranked ranked) throws IOException {
    if (mode == SearchMode.SEMANTIC) {
      return ranked.fused().size(); // what matched is the documents found by meaning, each ranked once
    }
    TotalHits terms = ranked.termsTotal();
    if (terms.relation != TotalHits.Relation.EQUAL_TO || ranked.termDocs() == null) {
      return searcher.count(ranked.matched());
    }
    long ranksByTerms = ranked.fused().stream().filter(RankFusion.Fused::terms).count();
    int[] byMeaningAlone = ranked.fused().stream().filter(f -> !f.terms()).mapToInt(RankFusion.Fused::key).toArray();
    long alsoByTerms = terms.value == ranksByTerms ? 0
        : Arrays.stream(byMeaningAlone).filter(ranked.termDocs()::get).count();
    return terms.value + byMeaningAlone.length - alsoByTerms;
  }
}
