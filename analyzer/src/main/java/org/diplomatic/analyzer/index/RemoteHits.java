package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Lets an index kept elsewhere (SolrCloud) store what the local index stores and answer with the same hits: the
 * stored payload of a document, and a hit built from it with the local search's snippet (the query parsed and
 * highlighted here, as {@link IndexSearch} does) and figure selection.
 */
public final class RemoteHits {
  private final Analyzer analyzer = Fields.analyzer();
  private final Query textQuery;
  private final UnifiedHighlighter highlighter;

  /** For hits of {@code query}; a query the local index would refuse is an {@link IllegalArgumentException}. */
  public RemoteHits(String query) {
    this.textQuery = IndexSearch.textQuery(analyzer, query, QueryParser.Operator.AND);
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
        .withMaxLength(Integer.MAX_VALUE - 1)
        .build();
  }

  /** The bytes the local index stores of {@code d} (its {@code payload} field). */
  public static byte[] payload(IndexedDocument d) {
    BytesRef bytes = PayloadCodec.encode(d);
    return Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
  }

  /** The document stored as {@link #payload}. */
  public static IndexedDocument document(byte[] payload) {
    return PayloadCodec.decode(new BytesRef(payload));
  }

  /** The hit a lexical local search shows for {@code d} at {@code score}. */
  public SearchResult.Hit hit(IndexedDocument d, double score, SearchRequest r) {
    String snippet = null;
    if (!(textQuery instanceof MatchAllDocsQuery)) {
      try {
        Object h = highlighter.highlightWithoutSearcher(Fields.BODY, textQuery, d.text(), 1);
        snippet = h == null ? null : h.toString();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot highlight " + d.source(), e);
      }
    }
    if (snippet == null || snippet.isBlank()) {
      snippet = d.text().length() <= IndexSearch.SNIPPET_CHARS ? d.text()
          : d.text().substring(0, IndexSearch.SNIPPET_CHARS) + " …";
    }
    snippet = IndexSearch.window(snippet.replace('\n', ' ').strip());
    List<IndexedDocument.Figure> figures = d.figures().stream().filter(f -> IndexSearch.matches(f, r)).toList();
    return new SearchResult.Hit(d.id(), d.source(), score, d.lang(), snippet,
        d.officials().stream().map(IndexedDocument.Official::name).distinct().toList(), d.areas(), figures,
        SearchResult.Match.TERMS, d.date());
  }
}
