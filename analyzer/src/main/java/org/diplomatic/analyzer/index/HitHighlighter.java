package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Marks a query's matches in one hit's body text, best passage only, matches in [brackets] (Lucene's unified
 * highlighter). The match offsets come from the body's postings when the index keeps offsets there
 * ({@link DocumentMapper}), so the text is not analyzed again; an index made before keeps none and its hits' texts are
 * analyzed, as every hit's was. The passage is the same either way, and the text is the one the hit already decoded.
 * Not thread-safe: one per search.
 */
final class HitHighlighter extends UnifiedHighlighter {
  private CharSequence text;

  /** {@code fields}: the searcher's fields, merged once by the caller (else each highlighter merges them again). */
  HitHighlighter(IndexSearcher searcher, Analyzer analyzer, FieldInfos fields) {
    super(new UnifiedHighlighter.Builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
        .withScorer(new CompactPassageScorer())
        .withMaxLength(Integer.MAX_VALUE - 1));
    this.fieldInfos = fields;
  }

  /** The best passage of {@code text}, the body of {@code doc}, with the matches of {@code query} marked. */
  String best(Query query, int doc, String text) throws IOException {
    this.text = text;
    try {
      String[] passages = highlightFields(new String[] {Fields.BODY}, query, new int[] {doc}, new int[] {1})
          .get(Fields.BODY);
      return passages == null ? null : passages[0];
    } finally {
      this.text = null;
    }
  }

  /** The body is stored only inside the payload, which the hit has decoded already. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) {
    return List.<CharSequence[]>of(new CharSequence[] {text});
  }
}
