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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.FieldInfos;
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
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds analyzed documents to the index at a folder, incrementally: a source whose text (id) is unchanged is skipped;
 * a changed source, or the same text under another source, replaces the old block. Nothing is visible until
 * {@link #commit()}; Lucene's commits are atomic, so a process killed midway leaves the last commit readable.
 * {@link #commitIfDue} commits by count and by time, so documents analyzed before a slow file do not wait for it.
 * It counts what the last commit made durable; once a write fails (a full disk) every later call throws
 * {@link IndexWriteException} naming the first cause. Thread-safe.
 */
public final class DocumentIndexer implements Closeable {
  /** Documents between commits in a batch unless told otherwise: a crash loses at most this many analyses. */
  public static final int DEFAULT_COMMIT_EVERY = 1000;
  /** Seconds between commits while documents wait, unless told otherwise. */
  public static final int DEFAULT_COMMIT_SECONDS = 30;

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
  private final DocumentMapper mapper;
  private final Set<String> idsThisRun = ConcurrentHashMap.newKeySet();
  private final String folder;
  /** Adds hold it shared, a commit exclusively, so the counts below match what each commit holds. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
  private final AtomicLong pendingAdded = new AtomicLong();
  private final AtomicLong pendingReplaced = new AtomicLong();
  private volatile long committedAdded;
  private volatile long committedReplaced;
  private volatile long lastCommitNanos = System.nanoTime();
  private volatile IndexWriteException failure;

  private DocumentIndexer(String folder, Directory directory, IndexWriter writer, DirectoryReader lastCommit,
      TextEmbedding embedding) {
    this.folder = folder;
    // Lucene refuses to change a field's postings: an index made before the body kept its offsets goes on without
    this.mapper = new DocumentMapper(embedding, lastCommit == null
        || DocumentMapper.keepsOffsets(FieldInfos.getMergedFieldInfos(lastCommit).fieldInfo(Fields.BODY)));
    this.directory = directory;
    this.writer = writer;
    this.lastCommit = lastCommit;
    this.committed = lastCommit == null ? null : new IndexSearcher(lastCommit);
  }

  /** Opens (or creates) the index at {@code dir}; a corrupt or foreign index is an error naming the folder. */
  public static DocumentIndexer open(Path dir) {
    return open(dir, UnaryOperator.identity());
  }

  /** As {@link #open(Path)}; each document also gets its vector from {@code embedding} (null: none). */
  public static DocumentIndexer open(Path dir, TextEmbedding embedding) {
    return open(dir, UnaryOperator.identity(), embedding);
  }

  /** As {@link #open(Path)}, with the folder's {@link Directory} wrapped (tests use it to fail like a full disk). */
  public static DocumentIndexer open(Path dir, UnaryOperator<Directory> wrap) {
    return open(dir, wrap, null);
  }

  private static DocumentIndexer open(Path dir, UnaryOperator<Directory> wrap, TextEmbedding embedding) {
    try {
      Files.createDirectories(dir);
      Directory directory = wrap.apply(FSDirectory.open(dir));
      IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      DirectoryReader reader = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
      return new DocumentIndexer(dir.toString(), directory, writer, reader, embedding);
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

  /** Adds or replaces a document; throws {@link IndexWriteException} when the index cannot be written. */
  public Outcome add(IndexedDocument doc) {
    String previous = committedId(doc.source());
    if (doc.id().equals(previous) || !idsThisRun.add(doc.id() + "\u0000" + doc.source())) {
      return Outcome.UNCHANGED;
    }
    List<Document> block = mapper.block(doc);
    commitLock.readLock().lock();
    try {
      checkWritable();
      writer.deleteDocuments(new Term(Fields.SOURCE, doc.source()), new Term(Fields.ID, doc.id()));
      writer.addDocuments(block);
      (previous == null ? pendingAdded : pendingReplaced).incrementAndGet();
    } catch (IOException | AlreadyClosedException e) {
      throw failed(e);
    } finally {
      commitLock.readLock().unlock();
    }
    return previous == null ? Outcome.ADDED : Outcome.REPLACED;
  }

  /**
   * Commits when documents are waiting and either {@code everyDocs} of them have been added or {@code everySeconds}
   * have passed since the last commit; returns whether it committed.
   */
  public boolean commitIfDue(long everyDocs, long everySeconds) {
    long pending = pendingAdded.get() + pendingReplaced.get();
    boolean due = pending >= everyDocs
        || (pending > 0 && System.nanoTime() - lastCommitNanos >= TimeUnit.SECONDS.toNanos(everySeconds));
    if (due) {
      commit();
    }
    return due;
  }

  /** Documents added (new sources) that a commit has made durable in this run. */
  public long committedAdded() {
    return committedAdded;
  }

  /** Documents replaced that a commit has made durable in this run. */
  public long committedReplaced() {
    return committedReplaced;
  }

  /** Documents added or replaced since the last commit: what a failure now would lose. */
  public long uncommitted() {
    return pendingAdded.get() + pendingReplaced.get();
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
    commitLock.writeLock().lock();
    try {
      checkWritable();
      writer.commit();
      committedAdded += pendingAdded.getAndSet(0);
      committedReplaced += pendingReplaced.getAndSet(0);
      lastCommitNanos = System.nanoTime();
    } catch (IOException | AlreadyClosedException e) {
      throw failed(e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  private void checkWritable() {
    if (failure != null) {
      throw failure;
    }
  }

  /** The first write failure, kept: later ones are its echoes (Lucene closes the writer after it). */
  private synchronized IndexWriteException failed(Exception e) {
    if (failure == null) {
      Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      failure = new IndexWriteException(
          "cannot write the index at " + folder + " (" + reason.replaceAll("\\s+", " ").strip() + ")", e);
    }
    return failure;
  }

  /** Closes the index; after a write failure, discards what was not committed instead of committing it. */
  @Override
  public void close() {
    try {
      if (failure == null) {
        writer.close();
      } else {
        try {
          writer.rollback();
        } catch (IOException | AlreadyClosedException e) {
          // the failure was already reported; the last commit stays as it was
        }
      }
      if (lastCommit != null) {
        lastCommit.close();
      }
      directory.close();
    } catch (IOException | AlreadyClosedException e) {
      throw failed(e);
    }
  }

  private static BooleanQuery parentOf(Term term) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(term), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
        .build();
  }
}
