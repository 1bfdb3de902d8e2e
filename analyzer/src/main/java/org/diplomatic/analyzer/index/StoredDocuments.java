package org.diplomatic.analyzer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Reads back every document stored by {@link DocumentIndexer}, as the pipeline mapped it; loads no NLP model. */
public final class StoredDocuments implements Closeable {
  private final Directory directory;
  private final DirectoryReader reader;

  private StoredDocuments(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
  }

  /** Opens the index at {@code dir}; a missing, corrupt or foreign index is an error naming the folder. */
  public static StoredDocuments open(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        throw noIndex(dir);
      }
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw noIndex(dir);
      }
      return new StoredDocuments(directory, DirectoryReader.open(directory));
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new UncheckedIOException("index at " + dir + " is corrupt or not ours (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + dir + " (" + e.getMessage() + ")", e);
    }
  }

  private static UncheckedIOException noIndex(Path dir) {
    String message = "no index at " + dir + " (run 'analyzer index' first)";
    return new UncheckedIOException(message, new IOException(message));
  }

  /** Every stored document, sorted by source. */
  public List<IndexedDocument> all() {
    return all(id -> true);
  }

  /** The stored documents whose id {@code wanted} accepts (the others are not decoded), sorted by source. */
  public List<IndexedDocument> all(Predicate<String> wanted) {
    List<IndexedDocument> docs = new ArrayList<>();
    forEach(wanted, docs::add);
    return docs;
  }

  /**
   * Hands each stored document whose id {@code wanted} accepts to {@code each}, in order of source, decoding one at
   * a time: a caller that keeps only part of each analysis never holds them all.
   */
  public void forEach(Predicate<String> wanted, Consumer<IndexedDocument> each) {
    try {
      StoredFields fields = reader.storedFields();
      List<Map.Entry<String, Integer>> chosen = new ArrayList<>();
      // ids from the terms: only the wanted documents' stored fields are read
      for (Map.Entry<String, Integer> e : LiveDocumentIds.of(reader).entrySet()) {
        if (wanted.test(e.getKey())) {
          chosen.add(Map.entry(fields.document(e.getValue(), Set.of(Fields.SOURCE)).get(Fields.SOURCE),
              e.getValue()));
        }
      }
      chosen.sort(Map.Entry.comparingByKey());
      for (Map.Entry<String, Integer> c : chosen) {
        each.accept(DocumentMapper.payload(fields.document(c.getValue()).getField(Fields.PAYLOAD)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  /** The stored document with this id, if the index holds one (the server's document view). */
  public Optional<IndexedDocument> byId(String id) {
    IndexSearcher searcher = new IndexSearcher(reader);
    BooleanQuery query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
        .build();
    try {
      ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
      return hits.length == 0 ? Optional.empty() : Optional.of(
          DocumentMapper.payload(searcher.storedFields().document(hits[0].doc).getField(Fields.PAYLOAD)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  /** The ids of every stored document. */
  public Set<String> ids() {
    try {
      return new HashSet<>(LiveDocumentIds.of(reader).keySet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  /**
   * The name of the index's last commit (its segments file), or null when {@code dir} holds no index: it changes
   * with every commit, so a file derived from the index can tell it is older. Reads the folder listing only.
   */
  public static String commitName(Path dir) {
    String[] files = dir.toFile().list();
    return files == null ? null : SegmentInfos.getLastCommitSegmentsFileName(files);
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
