package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.SearchResult;
import org.diplomatic.analyzer.index.TextEmbedding;

/**
 * Measures search by terms, by meaning and both on the relevance judgements: indexes the judged collection (text
 * only, in a temporary folder) with the word vectors, runs every query through {@link IndexSearch} in each mode with
 * {@code --lang} set to the documents' language, and reports MAP and recall@10 per query group and half: the modes
 * on the tuning half, the held-out half and both; the other variants (the choices of parameters) on the tuning half
 * only, since parameters are chosen there.
 */
public final class SemanticSearchEvaluation {
  /** Hits read per query: the whole of one language's collection. */
  private static final int DEPTH = 200;

  /** A document of the judged collection, with the areas an index would hold for it (the classifier's). */
  public record Doc(String id, String lang, String text, List<String> areas) {}

  /** Both halves together. */
  public static final String BOTH = "both";

  /** One mode's scores on one group of queries of one half ({@link RelevanceJudgements#TUNING}, ... or BOTH). */
  public record Score(String half, String group, String mode, int queries, double map, double recallAt10) {
    @Override
    public String toString() {
      return String.format("%-9s %-14s %-22s MAP %.3f  recall@10 %.3f  (%d queries)", half, group, mode, map,
          recallAt10, queries);
    }
  }

  /** The ranking variants compared: the name and how IndexSearch is set for it. */
  private record Variant(String name, SearchMode mode, double linearWeight, float floor, double areaWeight,
      boolean translateTerms, int feedbackDocs, float subjectWords) {
    Variant(String name, SearchMode mode, double linearWeight, float floor, double areaWeight,
        boolean translateTerms, int feedbackDocs) {
      this(name, mode, linearWeight, floor, areaWeight, translateTerms, feedbackDocs,
          IndexSearch.SUBJECT_WORDS_WEIGHT);
    }

    Variant(String name, SearchMode mode, double linearWeight) {
      this(name, mode, linearWeight, IndexSearch.MEANING_FLOOR, IndexSearch.AREA_WEIGHT, true,
          IndexSearch.FEEDBACK_DOCS);
    }
  }

  private SemanticSearchEvaluation() {}

  /**
   * Scores each variant per group of queries (and all together); without {@code embedding} only the lexical one.
   * Queries whose relevant documents are all missing from {@code docs} are skipped.
   */
  public static List<Score> run(List<Doc> docs, RelevanceJudgements judgements, TextEmbedding embedding) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("semantic-eval");
      try (DocumentIndexer indexer = DocumentIndexer.open(dir, embedding)) {
        for (Doc d : docs) {
          indexer.add(new IndexedDocument(d.id(), d.id(), d.lang(), "news", d.text(), List.of(), d.areas(),
              List.of(), List.of(), List.of()));
        }
        indexer.commit();
      }
      Set<String> present = new LinkedHashSet<>();
      docs.forEach(d -> present.add(d.id()));
      List<Variant> variants = new ArrayList<>(List.of(new Variant("lexical", SearchMode.LEXICAL, Double.NaN)));
      if (embedding != null) {
        variants.add(new Variant("semantic", SearchMode.SEMANTIC, Double.NaN));
        variants.add(new Variant("hybrid", SearchMode.HYBRID, IndexSearch.LINEAR_WEIGHT));
        variants.add(new Variant("hybrid, RRF", SearchMode.HYBRID, Double.NaN));
        for (double w : new double[] {0.3, 0.5}) {
          variants.add(new Variant(String.format("hybrid, linear %.1f", w), SearchMode.HYBRID, w));
        }
        for (float f : new float[] {0f, 0.2f}) {
          variants.add(new Variant(String.format("hybrid, floor %.1f", f), SearchMode.HYBRID,
              IndexSearch.LINEAR_WEIGHT, f, IndexSearch.AREA_WEIGHT, true,
              IndexSearch.FEEDBACK_DOCS));
        }
        for (double a : new double[] {0, 0.1, 0.4}) {
          variants.add(new Variant(String.format("hybrid, areas %.1f", a), SearchMode.HYBRID,
              IndexSearch.LINEAR_WEIGHT, IndexSearch.MEANING_FLOOR, a, true, IndexSearch.FEEDBACK_DOCS));
        }
        variants.add(new Variant("hybrid, no feedback", SearchMode.HYBRID, IndexSearch.LINEAR_WEIGHT,
            IndexSearch.MEANING_FLOOR, IndexSearch.AREA_WEIGHT, true, 0));
        variants.add(new Variant("hybrid, untranslated terms", SearchMode.HYBRID, IndexSearch.LINEAR_WEIGHT,
            IndexSearch.MEANING_FLOOR, IndexSearch.AREA_WEIGHT, false, IndexSearch.FEEDBACK_DOCS));
        for (float w : new float[] {0f, 1f}) {
          variants.add(new Variant(String.format("hybrid, subject words %.2f", w), SearchMode.HYBRID,
              IndexSearch.LINEAR_WEIGHT, IndexSearch.MEANING_FLOOR, IndexSearch.AREA_WEIGHT, true,
              IndexSearch.FEEDBACK_DOCS, w));
        }
      }
      List<Score> out = new ArrayList<>();
      try (IndexSearch search = IndexSearch.open(dir, embedding)) {
        for (Variant v : variants) {
          search.fuseLinearly(v.linearWeight());
          search.meaningFloor(v.floor());
          search.areaWeight(v.areaWeight());
          search.translateTerms(v.translateTerms());
          search.feedbackDocs(v.feedbackDocs());
          search.subjectWordsWeight(v.subjectWords());
          boolean mode = v.name().equals("lexical") || v.name().equals("semantic") || v.name().equals("hybrid");
          Map<List<String>, double[]> sums = new LinkedHashMap<>();
          for (RelevanceJudgements.Query q : judgements.queries()) {
            Set<String> relevant = new LinkedHashSet<>(judgements.relevant(q));
            relevant.retainAll(present);
            if (relevant.isEmpty()) {
              continue;
            }
            SearchRequest request = new SearchRequest(q.text(), DEPTH, List.of(q.docs()), List.of(), List.of(),
                List.of(), null, null, List.of(), List.of(), false, 1, v.mode());
            List<String> ranked = search.search(request).hits().stream().map(SearchResult.Hit::id).toList();
            double ap = RankingMeasures.averagePrecision(ranked, relevant);
            double r10 = RankingMeasures.recallAt(10, ranked, relevant);
            if (!mode && !q.half().equals(RelevanceJudgements.TUNING)) {
              continue;
            }
            // fresh queries stay out of BOTH, so that both halves read the same with or without them
            boolean fresh = RelevanceJudgements.fresh(q.half());
            for (String half : mode && !fresh ? List.of(q.half(), BOTH) : List.of(q.half())) {
              // the fresh group holds concept queries only, so its "all" line would repeat its concept line
              for (String group : fresh ? List.of(q.group()) : List.of(q.group(), "all")) {
                double[] s = sums.computeIfAbsent(List.of(half, group), g -> new double[3]);
                s[0] += ap;
                s[1] += r10;
                s[2]++;
              }
            }
          }
          sums.forEach((key, s) -> out.add(new Score(key.get(0), key.get(1), v.name(), (int) s[2], s[0] / s[2],
              s[1] / s[2])));
        }
      }
      List<String> halves = List.of(RelevanceJudgements.TUNING, RelevanceJudgements.HELD_OUT, BOTH,
          RelevanceJudgements.FRESH, RelevanceJudgements.FRESH2);
      out.sort(Comparator.comparing((Score x) -> halves.indexOf(x.half())).thenComparing(Score::group));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the evaluation index", e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
