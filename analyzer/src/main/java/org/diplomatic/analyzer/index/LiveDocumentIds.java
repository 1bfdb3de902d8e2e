package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The id of every live stored document of an index and its Lucene doc number, read from the terms of the id field
 * rather than from the stored fields: the registers kept beside an index learn what is new or gone without
 * decompressing a single stored document (a stored field read decompresses the whole block around it).
 */
final class LiveDocumentIds {
  private LiveDocumentIds() {}

  /** Document id to doc number, for the live documents of type {@code doc} (their figures and commitments left out). */
  static Map<String, Integer> of(IndexReader reader) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      FixedBitSet documents = documents(r);
      Terms terms = r.terms(Fields.ID);
      if (documents == null || terms == null) {
        continue;
      }
      Bits live = r.getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (documents.get(d) && (live == null || live.get(d))) {
            ids.put(term.utf8ToString(), leaf.docBase + d);
          }
        }
      }
    }
    return ids;
  }

  private static FixedBitSet documents(LeafReader r) throws IOException {
    PostingsEnum p = r.postings(new Term(Fields.TYPE, Fields.TYPE_DOC), PostingsEnum.NONE);
    if (p == null) {
      return null;
    }
    FixedBitSet set = new FixedBitSet(Math.max(1, r.maxDoc()));
    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
      set.set(d);
    }
    return set;
  }
}
