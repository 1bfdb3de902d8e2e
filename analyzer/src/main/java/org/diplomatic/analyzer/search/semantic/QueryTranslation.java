package org.diplomatic.analyzer.search.semantic;

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
 * written alike in both languages is no translation of itself.
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
