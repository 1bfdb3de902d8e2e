package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relevance judgements of {@code corpus/relevance}: {@code queries.tsv} (id, kind, query language, language of
 * the documents searched, topic, text), {@code judgements.tsv} (topic, language, one relevant document a line) and
 * {@code split.tsv} (topic, the half its queries belong to: tuning or held-out); when present, {@code
 * fresh-queries.tsv} and {@code fresh2-queries.tsv} (as queries.tsv), concept queries written after the tuning and run
 * once, each file in a group of its own.
 */
public record RelevanceJudgements(List<Query> queries, Map<String, Set<String>> relevantByTopicAndLang) {

  /** The half of the queries parameters are chosen on. */
  public static final String TUNING = "tuning";
  /** The half that is only reported. */
  public static final String HELD_OUT = "held-out";
  /** Queries written blind after the tuning, on topics of either half: checked once, never tuned on. */
  public static final String FRESH = "fresh";
  /** The optional file of {@link #FRESH} queries, beside queries.tsv. */
  public static final String FRESH_QUERIES = "fresh-queries.tsv";
  /**
   * A second group of fresh queries, written once the first had been run and studied (so that {@link #FRESH} became
   * a group tuned on): checked once, never tuned on.
   */
  public static final String FRESH2 = "fresh2";
  /** The optional file of {@link #FRESH2} queries, beside queries.tsv. */
  public static final String FRESH2_QUERIES = "fresh2-queries.tsv";

  /**
   * One judged query: {@code kind} is concept or cross; {@code docs} the language of the documents wanted;
   * {@code half} {@link #TUNING}, {@link #HELD_OUT} or {@link #FRESH}.
   */
  public record Query(String id, String kind, String lang, String docs, String topic, String text, String half) {
    /** concept, cross fa->ar or cross ar->fa. */
    public String group() {
      return kind.equals("cross") ? "cross " + lang + "->" + docs : kind;
    }
  }

  public static RelevanceJudgements read(Path dir) {
    Map<String, String> halves = new HashMap<>();
    for (String[] c : rows(dir.resolve("split.tsv"), 2)) {
      if (!c[1].equals(TUNING) && !c[1].equals(HELD_OUT)) {
        throw new IllegalArgumentException(dir.resolve("split.tsv") + ": topic " + c[0] + " is in half '" + c[1]
            + "', not " + TUNING + " or " + HELD_OUT);
      }
      halves.put(c[0], c[1]);
    }
    List<Query> queries = new ArrayList<>();
    for (String[] c : rows(dir.resolve("queries.tsv"), 6)) {
      String half = halves.get(c[4]);
      if (half == null) {
        throw new IllegalArgumentException(dir.resolve("split.tsv") + ": topic " + c[4] + " of query " + c[0]
            + " is in neither half");
      }
      queries.add(new Query(c[0], c[1], c[2], c[3], c[4], c[5], half));
    }
    for (List<String> fresh : List.of(List.of(FRESH_QUERIES, FRESH), List.of(FRESH2_QUERIES, FRESH2))) {
      if (Files.isRegularFile(dir.resolve(fresh.get(0)))) {
        for (String[] c : rows(dir.resolve(fresh.get(0)), 6)) {
          queries.add(new Query(c[0], c[1], c[2], c[3], c[4], c[5], fresh.get(1)));
        }
      }
    }
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String[] c : rows(dir.resolve("judgements.tsv"), 3)) {
      relevant.computeIfAbsent(c[0] + "\t" + c[1], k -> new LinkedHashSet<>()).add(c[2]);
    }
    for (Query q : queries) {
      if (!relevant.containsKey(q.topic() + "\t" + q.docs())) {
        throw new IllegalArgumentException(dir.resolve("queries.tsv") + ": query " + q.id() + " has no judged "
            + q.docs() + " documents for topic " + q.topic());
      }
    }
    return new RelevanceJudgements(List.copyOf(queries), Map.copyOf(relevant));
  }

  /** The documents judged relevant to {@code q}. */
  public Set<String> relevant(Query q) {
    return relevantByTopicAndLang.get(q.topic() + "\t" + q.docs());
  }

  /** Every document some judgement names. */
  public Set<String> judgedDocuments() {
    Set<String> all = new LinkedHashSet<>();
    relevantByTopicAndLang.values().forEach(all::addAll);
    return all;
  }

  /** Whether {@code half} is a group of fresh queries ({@link #FRESH}, {@link #FRESH2}), kept out of both halves. */
  public static boolean fresh(String half) {
    return half.equals(FRESH) || half.equals(FRESH2);
  }

  /** Data rows: no {@code #} comments, no header (its first cell is {@code id} or {@code topic}). */
  private static List<String[]> rows(Path file, int columns) {
    try {
      List<String[]> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t") || line.startsWith("topic\t")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != columns) {
          throw new IllegalArgumentException(file + ": expected " + columns + " tab-separated cells: " + line);
        }
        out.add(cells);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
