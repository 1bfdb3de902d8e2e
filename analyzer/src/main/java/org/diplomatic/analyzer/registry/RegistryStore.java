package org.diplomatic.analyzer.registry;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.StoredOfficials;

/**
 * Keeps the registry in one file inside the index folder ({@value #FILE}), stamped with the index commit it was
 * built from. {@link #open} reads it, or brings it up to date from the index's stored officials when it is missing,
 * unreadable or older than the last commit. Only documents added since are read from the index; the registry keeps
 * its documents in time order, and grouping is done in that order, so an update keeps the people of the documents
 * before the first one added or removed as they are and groups the later ones again from what it holds (each person
 * keeping the id of the entry its first official had; the ids are kept in the file): the same people as a rebuild
 * from scratch, and at the cost of the documents added alone when they are the newest. Writes go to a temporary file
 * moved over the old one, so a crash leaves the old registry or the new one, never half of one.
 */
public final class RegistryStore {
  public static final String FILE = "officials-registry.bin";
  private static final int MAGIC = 0x4f524547; // "OREG"
  /**
   * 2: each person's entry number after the mentions; 3: documents in time order ({@link RegistryDocument#TIME_ORDER}).
   * A file of an older version is rebuilt from the index.
   */
  private static final int VERSION = 3;

  private RegistryStore() {}

  /** The registry of the index at {@code indexDir}, up to date with its last commit (written back when it changed). */
  public static Registry open(Path indexDir) {
    long generation = StoredOfficials.commitGeneration(indexDir);
    if (generation < 0) {
      String message = "no index at " + indexDir + " (run 'analyzer index' first)";
      throw new UncheckedIOException(message, new IOException(message));
    }
    Registry stored = read(indexDir.resolve(FILE));
    if (stored != null && stored.generation() == generation) {
      return stored;
    }
    Registry updated = update(indexDir, stored, generation);
    try {
      write(updated, indexDir.resolve(FILE));
    } catch (UncheckedIOException e) {
      // A read-only index still answers; the registry is rebuilt in memory next time too.
    }
    return updated;
  }

  private static Registry update(Path indexDir, Registry stored, long generation) {
    Set<String> known = new HashSet<>();
    if (stored != null) {
      stored.documents().forEach(d -> known.add(d.id()));
    }
    StoredOfficials.Scan<AddedDocument> scan =
        StoredOfficials.scan(indexDir, id -> !known.contains(id), AddedDocument::of);
    List<AddedDocument> added = new ArrayList<>(scan.wanted());
    added.sort(java.util.Comparator.comparing(AddedDocument::document, RegistryDocument.TIME_ORDER));
    if (stored == null) {
      RegistryBuilder builder = new RegistryBuilder();
      added.forEach(a -> builder.add(a.document(), a.officials()));
      return builder.build(generation);
    }
    // The stored documents are in time order: those before the first one removed or the first one added keep their
    // people as they are; the rest are grouped again with the added ones, in time order, as a rebuild would.
    int kept = 0;
    List<RegistryDocument> documents = stored.documents();
    while (kept < documents.size() && scan.liveIds().contains(documents.get(kept).id())
        && (added.isEmpty() || RegistryDocument.TIME_ORDER.compare(documents.get(kept), added.get(0).document()) < 0)) {
      kept++;
    }
    RegistryBuilder builder = RegistryBuilder.of(stored, kept);
    List<AddedDocument> rest = new ArrayList<>(regrouped(stored, kept, scan.liveIds()));
    rest.addAll(added);
    rest.sort(java.util.Comparator.comparing(AddedDocument::document, RegistryDocument.TIME_ORDER));
    for (AddedDocument a : rest) {
      builder.add(a.document(), a.officials(), a.formerIds());
    }
    return builder.build(generation);
  }

  /**
   * The documents of {@code stored} from the {@code from}-th on that are still in the index, with their officials and
   * the entry number each official had (so that a person keeps its id).
   */
  private static List<AddedDocument> regrouped(Registry stored, int from, Set<String> live) {
    Map<Integer, List<Integer>> byDocument = new HashMap<>();
    for (int i = 0; i < stored.mentions().size(); i++) {
      if (stored.mentions().get(i).document() >= from) {
        byDocument.computeIfAbsent(stored.mentions().get(i).document(), k -> new ArrayList<>()).add(i);
      }
    }
    List<AddedDocument> out = new ArrayList<>();
    for (int d = from; d < stored.documents().size(); d++) {
      RegistryDocument document = stored.documents().get(d);
      if (live.contains(document.id())) {
        List<Integer> mentions = byDocument.getOrDefault(d, List.of());
        List<RegistryBuilder.Official> officials = new ArrayList<>(mentions.size());
        int[] formerIds = new int[mentions.size()];
        for (int k = 0; k < mentions.size(); k++) {
          OfficialMention m = stored.mentions().get(mentions.get(k));
          officials.add(new RegistryBuilder.Official(m.name(), m.role(), m.country()));
          formerIds[k] = stored.idOf(stored.personOf(mentions.get(k)));
        }
        out.add(new AddedDocument(document, officials, formerIds));
      }
    }
    return out;
  }

  /** Writes {@code registry} to {@code file} through a temporary file and an atomic move. */
  public static void write(Registry registry, Path file) {
    Path temp = null;
    try {
      // A temporary file of its own: 'index' and a first 'officials' may write at the same time.
      temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(registry.generation());
        Map<String, Integer> strings = new HashMap<>();
        List<String> table = new ArrayList<>();
        for (OfficialMention m : registry.mentions()) {
          for (String s : new String[] {m.name(), m.role(), m.country()}) {
            if (s != null && strings.putIfAbsent(s, table.size()) == null) {
              table.add(s);
            }
          }
        }
        out.writeInt(table.size());
        for (String s : table) {
          str(out, s);
        }
        out.writeInt(registry.documents().size());
        for (RegistryDocument d : registry.documents()) {
          str(out, d.id());
          str(out, d.source());
          str(out, d.date());
        }
        out.writeInt(registry.mentions().size());
        for (int i = 0; i < registry.mentions().size(); i++) {
          OfficialMention m = registry.mentions().get(i);
          out.writeInt(m.document());
          out.writeInt(strings.get(m.name()));
          out.writeInt(m.role() == null ? -1 : strings.get(m.role()));
          out.writeInt(m.country() == null ? -1 : strings.get(m.country()));
          out.writeInt(registry.personOf(i));
        }
        out.writeInt(registry.people());
        for (int p = 0; p < registry.people(); p++) {
          out.writeInt(registry.idOf(p));
        }
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // a leftover temporary file is never read
      }
      throw new UncheckedIOException("cannot write the registry " + file + " (" + e.getMessage() + ")", e);
    }
  }

  /** The registry in {@code file}, or null when it is missing, unreadable or of another format. */
  public static Registry read(Path file) {
    try {
      // One read of the whole file: a registry of 100,000 documents is about 15 MB.
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (in.getInt() != MAGIC || in.getInt() != VERSION) {
        return null;
      }
      long generation = in.getLong();
      String[] table = new String[count(in)];
      for (int i = 0; i < table.length; i++) {
        table[i] = str(in);
      }
      int documentCount = count(in);
      List<RegistryDocument> documents = new ArrayList<>(documentCount);
      for (int i = 0; i < documentCount; i++) {
        documents.add(new RegistryDocument(str(in), str(in), str(in)));
      }
      int mentionCount = count(in);
      List<OfficialMention> mentions = new ArrayList<>(mentionCount);
      int[] persons = new int[mentionCount];
      for (int i = 0; i < mentionCount; i++) {
        int doc = in.getInt();
        String name = table[in.getInt()];
        int role = in.getInt();
        int country = in.getInt();
        mentions.add(new OfficialMention(doc, name, role < 0 ? null : table[role], country < 0 ? null : table[country]));
        persons[i] = in.getInt();
      }
      int[] ids = new int[count(in)];
      for (int p = 0; p < ids.length; p++) {
        ids[p] = in.getInt();
      }
      return new Registry(generation, List.copyOf(documents), List.copyOf(mentions), persons, ids);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // a damaged file is rebuilt from the index
    }
  }

  private static int count(ByteBuffer in) throws IOException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static String str(ByteBuffer in) throws IOException {
    if (in.get() == 0) {
      return null;
    }
    int length = count(in);
    String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  /** What the registry keeps of a stored document: its reference and its officials, not the whole analysis. */
  private record AddedDocument(RegistryDocument document, List<RegistryBuilder.Official> officials,
      int[] formerIds) {
    static AddedDocument of(IndexedDocument d) {
      return new AddedDocument(new RegistryDocument(d.id(), d.source(), d.date()), d.officials().stream()
          .map(o -> new RegistryBuilder.Official(o.name(), o.role(), o.country())).toList(), null);
    }
  }
}
