package org.diplomatic.analyzer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Keyword in context over an index written by {@link DocumentIndexer}: finds the documents containing a word or
 * phrase through the clitic-stripped body field (so الاتصالات also finds والاتصالات and اتصالات), then locates every
 * occurrence in each stored text by re-analyzing it with the same analyzer and its offsets. Documents come in
 * source order, occurrences in text order. Loads no NLP model.
 */
public final class Concordance implements Closeable {
  private final IndexSearch index;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = Fields.analyzer(); // the body field's, as the index was written

  private Concordance(IndexSearch index) {
    this.index = index;
    this.searcher = new IndexSearcher(index.reader());
  }

  /** Opens the index at {@code dir}; a missing, corrupt or foreign index is an error naming the folder. */
  public static Concordance open(Path dir) {
    return new Concordance(IndexSearch.open(dir));
  }

  /**
   * At most {@code limit} occurrences of {@code phrase} (one or more words), in documents of language {@code lang}
   * ("ar", "fa", or null for both).
   */
  public List<Occurrence> find(String phrase, String lang, int limit) {
    List<Token> wanted = tokens(phrase);
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException("nothing to search for in " + Quote.of(phrase));
    }
    List<Occurrence> found = new ArrayList<>();
    try {
      for (Document doc : matchingDocuments(wanted, lang)) {
        String text = DocumentMapper.payload(doc.getField(Fields.PAYLOAD)).text();
        for (int[] span : locate(tokens(text), wanted)) {
          if (found.size() >= limit) {
            return found;
          }
          found.add(new Occurrence(doc.get(Fields.SOURCE), text, span[0], span[1], doc.get(Fields.ID)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
    return found;
  }

  private List<Document> matchingDocuments(List<Token> wanted, String lang) throws IOException {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (Token t : wanted) {
      phrase.add(new Term(Fields.BODY, t.term()), t.position() - wanted.get(0).position());
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(phrase.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER);
    if (lang != null) {
      query.add(new TermQuery(new Term(Fields.LANG, lang)), BooleanClause.Occur.FILTER);
    }
    ScoreDoc[] hits = searcher.search(query.build(), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      docs.add(stored.document(hit.doc));
    }
    docs.sort(Comparator.comparing((Document d) -> d.get(Fields.SOURCE)));
    return docs;
  }

  /** Spans [start, end) where the analyzed text has the wanted terms at consecutive positions. */
  private static List<int[]> locate(List<Token> text, List<Token> wanted) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i + wanted.size() <= text.size(); i++) {
      boolean match = true;
      for (int k = 0; k < wanted.size() && match; k++) {
        Token t = text.get(i + k);
        Token w = wanted.get(k);
        match = t.term().equals(w.term())
            && t.position() - text.get(i).position() == w.position() - wanted.get(0).position();
      }
      if (match) {
        spans.add(new int[] {text.get(i).start(), text.get(i + wanted.size() - 1).end()});
      }
    }
    return spans;
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text", e);
    }
    return tokens;
  }

  @Override
  public void close() {
    index.close();
    analyzer.close();
  }

  /** An analyzed term with its position and original offsets. */
  private record Token(String term, int position, int start, int end) {}
}
