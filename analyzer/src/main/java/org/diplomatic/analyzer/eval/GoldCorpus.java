package org.diplomatic.analyzer.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the annotated corpus: {@code split.tsv} and, for each id in it, {@code <lang>/<id>.txt} and
 * {@code <lang>/<id>.gold.json}. Needs the corpus folder; produces documents grouped by split.
 */
public final class GoldCorpus {
  public enum Split {
    TRAIN,
    DEV,
    TEST
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path root;
  private final Map<String, Split> splitById;

  private GoldCorpus(Path root, Map<String, Split> splitById) {
    this.root = root;
    this.splitById = splitById;
  }

  /** Opens the corpus at {@code root}; a missing or malformed {@code split.tsv} is an error naming the file. */
  public static GoldCorpus open(Path root) {
    Path splitFile = root.resolve("split.tsv");
    Map<String, Split> splits = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(splitFile, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 4) {
          throw new IllegalArgumentException(splitFile + ": expected 4 columns in: " + line);
        }
        splits.put(cols[0], Split.valueOf(cols[3].toUpperCase()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus split " + splitFile, e);
    }
    return new GoldCorpus(root, Collections.unmodifiableMap(splits));
  }

  public Path root() {
    return root;
  }

  /** Every document id in split order. */
  public List<String> ids() {
    return List.copyOf(splitById.keySet());
  }

  public Split splitOf(String id) {
    return splitById.get(id);
  }

  /** The documents of one split, in id order. */
  public List<GoldDocument> documents(Split split) {
    List<GoldDocument> docs = new ArrayList<>();
    for (Map.Entry<String, Split> e : splitById.entrySet()) {
      if (e.getValue() == split) {
        docs.add(read(e.getKey()));
      }
    }
    return docs;
  }

  /** Every document of the corpus. */
  public List<GoldDocument> all() {
    List<GoldDocument> docs = new ArrayList<>();
    for (String id : splitById.keySet()) {
      docs.add(read(id));
    }
    return docs;
  }

  /** Reads one document by id. */
  public GoldDocument read(String id) {
    String lang = id.substring(0, id.indexOf('-'));
    Path txt = root.resolve(lang).resolve(id + ".txt");
    Path gold = root.resolve(lang).resolve(id + ".gold.json");
    try {
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      GoldJson g = JSON.readValue(gold.toFile(), GoldJson.class);
      return new GoldDocument(
          id,
          g.lang,
          g.genre,
          text,
          orEmpty(g.areas),
          orEmpty(g.sentences),
          orEmpty(g.officials),
          orEmpty(g.other_persons),
          orEmpty(g.figures),
          orEmpty(g.commitments),
          orEmpty(g.quotes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus document " + gold, e);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The on-disk shape of a gold file (snake_case field names as written by annotators). */
  @SuppressWarnings("checkstyle:MemberName")
  static final class GoldJson {
    public String id;
    public String lang;
    public String genre;
    public List<String> areas;
    public List<GoldDocument.GoldSentence> sentences;
    public List<GoldDocument.GoldOfficial> officials;
    public List<GoldDocument.GoldSpan> other_persons;
    public List<GoldDocument.GoldFigure> figures;
    public List<GoldDocument.GoldCommitment> commitments;
    public List<GoldDocument.GoldQuote> quotes;
  }
}
