package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The other words of a query term's subjects ({@link SubjectGroups}, both languages, as light-stemmed terms): the
 * terms side of a search by meaning also looks for them, with a lower weight, so that a query worded by a subject's
 * concept ("واگن و لوکوموتیو") finds documents that name the subject in its usual words ("راه‌آهن", "قطار"). Search
 * reads the table from {@code models/semantic/subject-words.tsv} ({@code term<TAB>words}, space separated), written
 * by {@link #main} from the groups, as {@link QueryTranslation} does for the same reason (no analysis at start-up).
 */
public final class SubjectExpansion {
  private final Map<String, List<String>> words;

  private SubjectExpansion(Map<String, List<String>> words) {
    this.words = words;
  }

  /** The table of the bundled subject groups. */
  public static SubjectExpansion bundled() {
    return of(SubjectGroups.bundled());
  }

  /** Each term of {@code groups} (a word giving no term or several is dropped) with its groups' other terms. */
  public static SubjectExpansion of(Map<String, List<String>> groups) {
    Analyzer analyzer = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);
    Map<String, List<String>> words = new HashMap<>();
    for (List<String> group : groups.values()) {
      List<String> terms = new ArrayList<>();
      for (String word : group) {
        List<String> term = terms(analyzer, word);
        if (term.size() == 1 && !terms.contains(term.get(0))) {
          terms.add(term.get(0));
        }
      }
      for (String term : terms) {
        List<String> others = words.computeIfAbsent(term, k -> new ArrayList<>());
        terms.stream().filter(t -> !t.equals(term) && !others.contains(t)).forEach(others::add);
      }
    }
    words.values().removeIf(List::isEmpty);
    return new SubjectExpansion(words);
  }

  public static SubjectExpansion none() {
    return new SubjectExpansion(Map.of());
  }

  /** Reads a table written by {@link #save}. */
  public static SubjectExpansion load(Path file) throws IOException {
    return new SubjectExpansion(TermTable.read(file, "words"));
  }

  /** Writes the table, terms in order, with a header saying where it comes from. */
  public void save(Path file) throws IOException {
    TermTable.write(file, List.of(
        "Subject words for the terms side of search by meaning: each light-stemmed term of the hand-written",
        "subject groups (analyzer/src/main/resources/org/diplomatic/analyzer/search/semantic/",
        "subject-groups.tsv) and the other terms of its groups; written by SubjectExpansion from that file."), words);
  }

  /** Writes the bundled groups' table to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SubjectExpansion OUT");
      System.exit(2);
    }
    bundled().save(Path.of(args[0]));
  }

  /** The other terms of the subjects of a light-stemmed term, in the groups' order; empty when it has none. */
  public List<String> of(String term) {
    return words.getOrDefault(term, List.of());
  }

  private static List<String> terms(Analyzer analyzer, String word) {
    try {
      return EmbeddingCorpus.terms(analyzer, word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
