package org.diplomatic.analyzer.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's matched terms, times its position's norm), the same float for the
 * same passage, counted in arrays kept between passages: Lucene's own makes a hash table of terms per passage, a 32 KB
 * block each time, a tenth of what a served search allocated. Not thread-safe: one per highlighter.
 */
final class CompactPassageScorer extends PassageScorer {
  /** Passages with more matches than this are scored by Lucene's (terms are compared pairwise here). */
  static final int MAX_MATCHES = 64;

  /** Per distinct term, in the order of its first match (as Lucene's hash numbers them): that match's index. */
  private final int[] firstMatch = new int[MAX_MATCHES];
  private final int[] inPassage = new int[MAX_MATCHES];
  private final int[] inDocument = new int[MAX_MATCHES];

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    if (matches > MAX_MATCHES) {
      return super.score(passage, contentLength);
    }
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < distinct && !terms[firstMatch[t]].bytesEquals(terms[i])) {
        t++;
      }
      if (t == distinct) {
        firstMatch[t] = i;
        inPassage[t] = 0;
        inDocument[t] = freqsInDoc[i];
        distinct++;
      }
      inPassage[t]++;
    }
    // summed in the same order and types as Lucene's, so ties between passages break the same way
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDocument[t]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
