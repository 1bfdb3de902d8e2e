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
 * the documents searched, topic, text) and {@code judgements.tsv} (topic, language, one relevant document a line).
 */
public record RelevanceJudgements(List<Query> queries, Map<String, Set<String>> relevantByTopicAndLang) {

  /** One judged query: {@code kind} is concept or cross; {@code docs} the language of the documents wanted. */
  public record Query(String id, String kind, String lang, String docs, String topic, String text) {
    /** concept, cross fa->ar or cross ar->fa. */
    public String group() {
      return kind.equals("cross") ? "cross " + lang + "->" + docs : kind;
    }
  }

  public static RelevanceJudgements read(Path dir) {
    List<Query> queries = new ArrayList<>();
    for (String[] c : rows(dir.resolve("queries.tsv"), 6)) {
      queries.add(new Query(c[0], c[1], c[2], c[3], c[4], c[5]));
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
