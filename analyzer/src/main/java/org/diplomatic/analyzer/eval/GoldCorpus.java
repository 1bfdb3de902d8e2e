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
 * Reads an annotated set: {@code split.tsv} and, for each id in it, {@code <lang>/<id>.gold.json} with its text in
 * {@code <lang>/<id>.txt} or, for the real set, in the published article that the gold file names (read from a
 * {@link NewsArchive}). Needs the set's folder; produces documents grouped by split.
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
  private final NewsArchive news;

  private GoldCorpus(Path root, Map<String, Split> splitById, NewsArchive news) {
    this.root = root;
    this.splitById = splitById;
    this.news = news;
  }

  /** Opens the corpus at {@code root}; a missing or malformed {@code split.tsv} is an error naming the file. */
  public static GoldCorpus open(Path root) {
    return open(root, null);
  }

  /**
   * Opens a set whose gold files may name published articles, read from {@code news} (null: such a gold file is
   * an error when read).
   */
  public static GoldCorpus open(Path root, NewsArchive news) {
    Path splitFile = root.resolve("split.tsv");
    Map<String, Split> splits = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(splitFile, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 4) {
          throw new IllegalArgumentException(splitFile + ": expected at least 4 columns in: " + line);
        }
        splits.put(cols[0], Split.valueOf(cols[3].toUpperCase()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus split " + splitFile, e);
    }
    return new GoldCorpus(root, Collections.unmodifiableMap(splits), news);
  }

  /** True when the texts are published articles read by reference, not files of the set. */
  public boolean byReference() {
    return news != null;
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
    Path gold = root.resolve(lang).resolve(id + ".gold.json");
    try {
      GoldJson g = JSON.readValue(gold.toFile(), GoldJson.class);
      String text = textOf(g, root.resolve(lang).resolve(id + ".txt"), gold);
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
          orEmpty(g.quotes),
          g.date,
          g.article == null || news == null ? null : news.date(g.article.file, g.article.id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus document " + gold, e);
    }
  }

  private String textOf(GoldJson g, Path txt, Path gold) throws IOException {
    if (g.article == null) {
      return Files.readString(txt, StandardCharsets.UTF_8);
    }
    if (news == null) {
      throw new IllegalStateException(gold + " names a published article, but no news folder was given");
    }
    return news.text(g.article.file, g.article.id);
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
    public String date;
    public List<String> areas;
    public List<GoldDocument.GoldSentence> sentences;
    public List<GoldDocument.GoldOfficial> officials;
    public List<GoldDocument.GoldSpan> other_persons;
    public List<GoldDocument.GoldFigure> figures;
    public List<GoldDocument.GoldCommitment> commitments;
    public List<GoldDocument.GoldQuote> quotes;
    public ArticleRef article;
  }

  /** A published article: its file under the news folder and its id there. */
  static final class ArticleRef {
    public String file;
    public String id;
  }
}
