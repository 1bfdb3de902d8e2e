package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return new QueryTranslation(TermTable.read(file, "translations"));
  }

  /** Writes the table, terms in order, with a header saying where it comes from. */
  public void save(Path file) throws IOException {
    TermTable.write(file, List.of(
        "Query translations for search by meaning: each light-stemmed term of the hand-written seed lexicon",
        "(analyzer/src/main/resources/org/diplomatic/analyzer/search/semantic/seed-lexicon.tsv, both",
        "directions) and its other-language terms; written by QueryTranslation from that file."), translations);
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
