package org.diplomatic.analyzer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds analyzed documents to the index at a folder, incrementally: a source whose text (id) is unchanged is skipped;
 * a changed source, or the same text under another source, replaces the old block. Nothing is visible until
 * {@link #commit()}; Lucene's commits are atomic, so a process killed midway leaves the last commit readable.
 * Thread-safe.
 */
public final class DocumentIndexer implements Closeable {
  /** Documents between commits in a batch unless told otherwise: a crash loses at most this many analyses. */
  public static final int DEFAULT_COMMIT_EVERY = 1000;

  /** What happened to one document. */
  public enum Outcome {
    ADDED,
    REPLACED,
    UNCHANGED
  }

  private final Directory directory;
  private final IndexWriter writer;
  private final DirectoryReader lastCommit;
  private final IndexSearcher committed;
  private final DocumentMapper mapper = new DocumentMapper();
  private final Set<String> idsThisRun = ConcurrentHashMap.newKeySet();

  private DocumentIndexer(Directory directory, IndexWriter writer, DirectoryReader lastCommit) {
    this.directory = directory;
    this.writer = writer;
    this.lastCommit = lastCommit;
    this.committed = lastCommit == null ? null : new IndexSearcher(lastCommit);
  }

  /** Opens (or creates) the index at {@code dir}; a corrupt or foreign index is an error naming the folder. */
  public static DocumentIndexer open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      DirectoryReader reader = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
      return new DocumentIndexer(directory, writer, reader);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new UncheckedIOException("index at " + dir + " is corrupt or not ours (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + dir + " (" + e.getMessage() + ")", e);
    }
  }

  /** The id stored for {@code source} in the last commit, or null. */
  public String committedId(String source) {
    if (committed == null) {
      return null;
    }
    try {
      TopDocs hits = committed.search(parentOf(new Term(Fields.SOURCE, source)), 1);
      if (hits.scoreDocs.length == 0) {
        return null;
      }
      return committed.storedFields().document(hits.scoreDocs[0].doc).get(Fields.ID);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Outcome add(IndexedDocument doc) {
    String previous = committedId(doc.source());
    if (doc.id().equals(previous) || !idsThisRun.add(doc.id() + "\u0000" + doc.source())) {
      return Outcome.UNCHANGED;
    }
    List<Document> block = mapper.block(doc);
    try {
      writer.deleteDocuments(new Term(Fields.SOURCE, doc.source()), new Term(Fields.ID, doc.id()));
      writer.addDocuments(block);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + doc.source(), e);
    }
    return previous == null ? Outcome.ADDED : Outcome.REPLACED;
  }

  /** Deletes every document whose source file no longer exists; returns their sources. */
  public List<String> pruneMissingSources() {
    List<String> gone = new ArrayList<>();
    if (committed == null) {
      return gone;
    }
    try {
      TopDocs all = committed.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), Integer.MAX_VALUE);
      StoredFields stored = committed.storedFields();
      for (ScoreDoc sd : all.scoreDocs) {
        String source = stored.document(sd.doc).get(Fields.SOURCE);
        if (!source.equals("-") && !Files.exists(Path.of(source))) {
          writer.deleteDocuments(new Term(Fields.SOURCE, source));
          gone.add(source);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prune the index", e);
    }
    return gone;
  }

  /** Makes everything added so far durable and visible, atomically. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index", e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
      if (lastCommit != null) {
        lastCommit.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }

  private static BooleanQuery parentOf(Term term) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(term), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
        .build();
  }
}
