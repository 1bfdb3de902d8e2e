package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The other language's words for a query term, from the hand-written seed lexicon ({@code seed-lexicon.tsv}, both
 * directions, as light-stemmed terms): a query vector then holds the document language's own words beside its own,
 * instead of leaning on the aligned vectors alone, which translate a word right only about one time in five. A term
 * written alike in both languages is no translation of itself. Search reads the table from
 * {@code models/semantic/translations.tsv} ({@code term<TAB>translations}, space separated), written by {@link #main}
 * from the lexicon, since analyzing the lexicon's words at start-up cost a cold search about 170 ms.
 */
public final class QueryTranslation {
  private final Map<String, List<String>> translations;

  private QueryTranslation(Map<String, List<String>> translations) {
    this.translations = translations;
  }

  /** Translations from the pairs of the bundled lexicon (training and held-out parts alike). */
  public static QueryTranslation bundled() {
    return of(SeedLexicon.bundled().pairs());
  }

  public static QueryTranslation of(List<SeedLexicon.Pair> pairs) {
    Analyzer analyzer = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);
    Map<String, List<String>> translations = new HashMap<>();
    for (SeedLexicon.Pair pair : SeedLexicon.asTerms(pairs, analyzer)) {
      if (!pair.arabic().equals(pair.persian())) {
        add(translations, pair.arabic(), pair.persian());
        add(translations, pair.persian(), pair.arabic());
      }
    }
    return new QueryTranslation(translations);
  }

  /** Reads a table written by {@link #save}. */
  public static QueryTranslation load(Path file) throws IOException {
    Map<String, List<String>> translations = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IOException(file + ": not 'term<TAB>translations': " + line);
      }
      translations.put(cells[0], List.of(cells[1].split(" ")));
    }
    return new QueryTranslation(translations);
  }

  /** Writes the table, terms in order, with a header saying where it comes from. */
  public void save(Path file) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println("# Query translations for search by meaning: each light-stemmed term of the hand-written seed lexicon");
      w.println("# (analyzer/src/main/resources/org/diplomatic/analyzer/search/semantic/seed-lexicon.tsv, both");
      w.println("# directions) and its other-language terms; written by QueryTranslation from that file.");
      new TreeMap<>(translations).forEach((term, list) -> w.println(term + "\t" + String.join(" ", list)));
    }
  }

  /** Writes the bundled lexicon's table to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: QueryTranslation OUT");
      System.exit(2);
    }
    bundled().save(Path.of(args[0]));
  }

  public static QueryTranslation none() {
    return new QueryTranslation(Map.of());
  }

  private static void add(Map<String, List<String>> translations, String from, String to) {
    List<String> list = translations.computeIfAbsent(from, k -> new ArrayList<>());
    if (!list.contains(to)) {
      list.add(to);
    }
  }

  /** The translations of a light-stemmed term, in lexicon order; empty when the lexicon has none. */
  public List<String> of(String term) {
    return translations.getOrDefault(term, List.of());
  }
}
