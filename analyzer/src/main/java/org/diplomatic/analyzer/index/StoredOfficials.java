package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a registry of officials needs from an index: the generation of its last commit (to tell a side file built
 * from an older commit), the ids of all live documents (from the terms of the id field: no stored document is read
 * for them) and what the caller keeps of each document it wants (decoded one at a time, so a first scan of a large
 * index never holds every analysis at once; an update reads only the documents added). Loads no NLP model.
 */
public final class StoredOfficials {
  private static final Set<String> PAYLOAD_ONLY = Set.of(Fields.PAYLOAD);

  private StoredOfficials() {}

  /** Live document ids, and what the caller kept of the documents whose id it asked for. */
  public record Scan<T>(Set<String> liveIds, List<T> wanted) {}

  /** The generation of the last commit of the index at {@code dir}, or -1 when there is none. */
  public static long commitGeneration(Path dir) {
    if (!Files.isDirectory(dir)) {
      return -1;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return SegmentInfos.getLastCommitGeneration(files.map(p -> p.getFileName().toString()).toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Reads every live document's id, and {@code keep} of the stored document of each id {@code wanted} accepts. */
  public static <T> Scan<T> scan(Path dir, Predicate<String> wanted, Function<IndexedDocument, T> keep) {
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return scan(reader, wanted, keep);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + dir + " (" + e.getMessage() + ")", e);
    }
  }

  private static <T> Scan<T> scan(IndexReader reader, Predicate<String> wanted, Function<IndexedDocument, T> keep)
      throws IOException {
    // ids from the terms: only the wanted documents' stored fields are read (an update reads the new ones alone)
    Map<String, Integer> ids = LiveDocumentIds.of(reader);
    List<Integer> chosen = new ArrayList<>();
    ids.forEach((id, doc) -> {
      if (wanted.test(id)) {
        chosen.add(doc);
      }
    });
    Collections.sort(chosen);
    List<T> kept = new ArrayList<>();
    StoredFields fields = reader.storedFields();
    for (int doc : chosen) {
      IndexableField payload = fields.document(doc, PAYLOAD_ONLY).getField(Fields.PAYLOAD);
      if (payload != null) {
        kept.add(keep.apply(DocumentMapper.payload(payload)));
      }
    }
    return new Scan<>(new HashSet<>(ids.keySet()), kept);
  }
}
