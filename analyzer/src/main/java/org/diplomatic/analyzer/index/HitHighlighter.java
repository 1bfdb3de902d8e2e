package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Marks a query's matches in one hit's body text, best passage only, matches in [brackets] (Lucene's unified
 * highlighter). The match offsets come from the body's postings when the index keeps offsets there
 * ({@link DocumentMapper}), so the text is not analyzed again; an index made before keeps none and its hits' texts are
 * analyzed, as every hit's was. The passage is the same either way, and the text is the one the hit already decoded.
 * Not thread-safe: one per search.
 */
final class HitHighlighter extends UnifiedHighlighter {
  private CharSequence text;
  /** The query of this search rewritten and weighed once, for the matches of every hit. */
  private Query weighed;
  private Weight weight;

  /** {@code fields}: the searcher's fields, merged once by the caller (else each highlighter merges them again). */
  HitHighlighter(IndexSearcher searcher, Analyzer analyzer, FieldInfos fields) {
    super(new UnifiedHighlighter.Builder(withoutCache(searcher), analyzer)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
        .withScorer(new CompactPassageScorer())
        .withMaxLength(Integer.MAX_VALUE - 1));
    this.fieldInfos = fields;
  }

  /** As Lucene's highlighter weighs a query for one hit: no query cache (matches are never cached). */
  private static IndexSearcher withoutCache(IndexSearcher searcher) {
    IndexSearcher own = new IndexSearcher(searcher.getIndexReader());
    own.setQueryCache(null);
    return own;
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

  /**
   * Offsets from the postings through the query's matches as Lucene's strategy finds them, but with the query
   * rewritten and weighed once per search (Lucene's does both and looks every term up again for each hit: most of
   * what a hit's snippet cost). Queries with wildcards or fuzzy terms keep Lucene's way: what they rewrite to
   * depends on the reader they are rewritten against.
   */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source != OffsetSource.POSTINGS || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
        || expands(components.getQuery())) {
      return super.getOffsetStrategy(source, components);
    }
    return new PostingsOffsetStrategy(components) {
      @Override
      protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results)
          throws IOException {
        LeafReaderContext context = contextOf(leaf);
        if (context == null) {
          super.createOffsetsEnumsWeightMatcher(leaf, doc, results);
          return;
        }
        Matches matches = weight(components.getQuery()).matches(context, doc);
        if (matches == null) {
          return;
        }
        for (String field : matches) {
          MatchesIterator iterator = components.getFieldMatcher().test(field) ? matches.getMatches(field) : null;
          if (iterator != null) {
            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
          }
        }
      }
    };
  }

  private Weight weight(Query query) throws IOException {
    if (weighed != query) {
      weight = searcher.rewrite(query).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      weighed = query;
    }
    return weight;
  }

  /** The searcher's leaf holding {@code leaf}, or null when the highlighter was given another reader. */
  private LeafReaderContext contextOf(LeafReader leaf) {
    for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
      if (context.reader() == leaf) {
        return context;
      }
    }
    return null;
  }

  /** Whether the query holds a part matching many terms (wildcard, prefix, fuzzy, range, regular expression). */
  private static boolean expands(Query query) {
    boolean[] expands = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        expands[0] = true;
      }
    });
    return expands[0];
  }
}
