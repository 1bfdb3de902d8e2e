package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The whole embedding run for {@code train}: per language, the corpus text to terms and Word2Vec; then Persian
 * aligned onto Arabic, the alignment scored on the held-out lexicon in every anchor setting, and the chosen space
 * retrofitted to the lexicon and the subject groups and saved as {@code vectors.bin} with {@code evaluation.txt}
 * beside it.
 */
public final class EmbeddingTraining {
  /** Most frequent Arabic terms kept in the saved file (the file stays under 10 MB). */
  static final int ARABIC_VOCABULARY = 60_000;
  /** Most frequent Persian terms kept (the Persian corpus is a tenth of the Arabic one). */
  static final int PERSIAN_VOCABULARY = 30_000;

  private EmbeddingTraining() {}

  /** Each Persian sentence is seen this many times per epoch: the Persian text is a tenth of the Arabic. */
  static final int PERSIAN_REPEATS = 3;
  /** Corpus count a Persian term needs for a vector (Arabic ones need {@link EmbeddingTrainer.Settings#minCount}). */
  static final int PERSIAN_MIN_COUNT = 3;

  /**
   * One joint Word2Vec model over both languages' text (written under {@code work}, Persian repeated, lines shuffled
   * with a fixed seed so that neither language comes last while the learning rate decays), cut into an Arabic and a
   * Persian view by each language's own counts; {@code log} gets sizes and times. Measured against one model per
   * language: see models/embeddings/README.md.
   */
  public static List<LanguageVectors> train(Path news, Path ner, Path corpus, Path work,
      EmbeddingTrainer.Settings settings, StringBuilder log) {
    long start = System.nanoTime();
    List<String> lines = new ArrayList<>();
    Map<String, Map<String, Long>> counts = new HashMap<>();
    try {
      for (String lang : List.of("ar", "fa")) {
        Path sentences = work.resolve("embedding-corpus-" + lang + ".txt");
        EmbeddingCorpus.Size size = EmbeddingCorpus.write(lang, news, ner, corpus, sentences);
        log.append(String.format(Locale.ROOT, "%s: %,d sentences, %,d terms%n", lang, size.sentences(), size.terms()));
        List<String> text = Files.readAllLines(sentences);
        Map<String, Long> termCounts = new HashMap<>();
        for (String line : text) {
          for (String term : line.split(" ")) {
            termCounts.merge(term, 1L, Long::sum);
          }
        }
        counts.put(lang, termCounts);
        for (int i = 0; i < (lang.equals("fa") ? PERSIAN_REPEATS : 1); i++) {
          lines.addAll(text);
        }
      }
      Collections.shuffle(lines, new Random(settings.seed()));
      Path joint = work.resolve("embedding-corpus-joint.txt");
      Files.write(joint, lines);
      lines.clear();
      double read = seconds(start);
      LanguageVectors vectors = EmbeddingTrainer.train("ar+fa", joint, settings);
      log.append(String.format(Locale.ROOT, "read and analyzed in %.0f s; joint Word2Vec (fa x%d) %s: %,d terms in "
          + "%.0f s%n", read, PERSIAN_REPEATS, settings, vectors.size(), seconds(start) - read));
      return List.of(view(vectors, "ar", counts.get("ar"), settings.minCount()),
          view(vectors, "fa", counts.get("fa"), PERSIAN_MIN_COUNT));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the embedding corpus under " + work, e);
    }
  }

  /** The joint model's terms seen at least {@code minCount} times in one language, most frequent there first. */
  static LanguageVectors view(LanguageVectors joint, String lang, Map<String, Long> counts, int minCount) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < joint.size(); i++) {
      if (counts.getOrDefault(joint.terms().get(i), 0L) >= minCount) {
        rows.add(i);
      }
    }
    rows.sort(Comparator.comparingLong((Integer i) -> -counts.get(joint.terms().get(i)))
        .thenComparing(i -> joint.terms().get(i)));
    List<String> terms = new ArrayList<>(rows.size());
    long[] termCounts = new long[rows.size()];
    float[][] vectors = new float[rows.size()][];
    for (int k = 0; k < rows.size(); k++) {
      String term = joint.terms().get(rows.get(k));
      terms.add(term);
      termCounts[k] = counts.get(term);
      vectors[k] = joint.vectors()[rows.get(k)];
    }
    return new LanguageVectors(lang, terms, termCounts, vectors);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * Aligns, evaluates, retrofits ({@link Retrofitting}) and saves; returns the report (also written to
   * {@code out/evaluation.txt}). The alignment table is of the vectors before retrofitting.
   */
  public static String alignAndSave(LanguageVectors arabicTrained, LanguageVectors persianTrained, Path out,
      StringBuilder log) {
    CrossLingualAligner.Settings chosen = CrossLingualAligner.Settings.defaults();
    List<CrossLingualAligner.Settings> variants = List.of(chosen.with(false, true, 0),
        chosen.with(true, true, 0).withSharedMinCosine(-1), chosen.with(true, true, 0), chosen,
        chosen.with(true, false, 2));
    StringBuilder report = new StringBuilder(log);
    Alignment alignment = compare(arabicTrained, persianTrained, variants, chosen, report);
    Retrofitting.Settings retrofitting = Retrofitting.Settings.defaults();
    WordVectors vectors = Retrofitting.apply(merge(alignment.arabic(), alignment.persian(), alignment.map()),
        SeedLexicon.bundled(), SubjectGroups.bundled(), retrofitting);
    report.append("retrofitted: ").append(retrofitting).append(System.lineSeparator());
    try {
      Files.createDirectories(out);
      vectors.save(out.resolve("vectors.bin"));
      report.append(String.format(Locale.ROOT, "saved: %,d terms x %d, %,d bytes (setting marked *)%n",
          vectors.size(), vectors.dimension(), Files.size(out.resolve("vectors.bin"))));
      Files.writeString(out.resolve("evaluation.txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the word vectors to " + out, e);
    }
    return report.toString();
  }

  /** The vocabularies kept and the chosen map. */
  public record Alignment(LanguageVectors arabic, LanguageVectors persian, ProcrustesAlignment map) {}

  /**
   * Scores every variant (and no alignment) on the held-out lexicon into {@code report}; returns the alignment of
   * {@code chosen}.
   */
  public static Alignment compare(LanguageVectors arabicTrained, LanguageVectors persianTrained,
      List<CrossLingualAligner.Settings> variants, CrossLingualAligner.Settings chosen, StringBuilder report) {
    LanguageVectors arabic = arabicTrained.normalized(ARABIC_VOCABULARY);
    LanguageVectors persian = persianTrained.normalized(PERSIAN_VOCABULARY);
    Analyzer analyzer = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);
    SeedLexicon lexicon = SeedLexicon.bundled();
    List<SeedLexicon.Pair> training = SeedLexicon.asTerms(lexicon.training(), analyzer);
    List<SeedLexicon.Pair> heldOut = SeedLexicon.asTerms(lexicon.heldOut(), analyzer);
    Set<String> excluded = new HashSet<>();
    heldOut.forEach(p -> {
      excluded.add(p.arabic());
      excluded.add(p.persian());
    });
    report.append(String.format(Locale.ROOT, "vocabulary kept: ar %,d of %,d, fa %,d of %,d%n", arabic.size(),
        arabicTrained.size(), persian.size(), persianTrained.size()));
    report.append(String.format(Locale.ROOT,
        "seed lexicon: %d pairs, %d for training and %d held out (%d and %d usable as single terms)%n",
        lexicon.pairs().size(), lexicon.training().size(), lexicon.heldOut().size(), training.size(),
        heldOut.size()));
    report.append(String.format(Locale.ROOT, "%-52s %-33s | %s%n", "held-out translation (anchors: lexicon+shared"
        + "+induced)", "fa->ar", "ar->fa"));
    report.append(row("unaligned", ProcrustesAlignment.identity(arabic.dimension()), arabic, persian, heldOut));
    ProcrustesAlignment chosenMap = null;
    for (CrossLingualAligner.Settings variant : variants) {
      long start = System.nanoTime();
      CrossLingualAligner.Result result = CrossLingualAligner.align(arabic, persian, training, excluded, variant);
      String name = String.format(Locale.ROOT, "%s%s%s%s%s (%d+%d+%d, %.0f s)", variant.equals(chosen) ? "* " : "",
          variant.lexicon() ? "lexicon" : "", variant.lexicon() && variant.sharedStrings() ? "+" : "",
          variant.sharedStrings() ? "shared" : "",
          variant.sharedStrings() && variant.lexicon() && variant.sharedMinCosine() > -1
              ? String.format(Locale.ROOT, " cos>=%.2f", variant.sharedMinCosine()) : "",
          result.lexiconAnchors(), result.sharedAnchors(), result.inducedAnchors(), seconds(start));
      name += variant.iterations() > 0 ? " +" + variant.iterations() + " rounds" : "";
      report.append(row(name, result.map(), arabic, persian, heldOut));
      if (variant.equals(chosen)) {
        chosenMap = result.map();
      }
    }
    if (chosenMap == null) {
      chosenMap = CrossLingualAligner.align(arabic, persian, training, excluded, chosen).map();
    }
    return new Alignment(arabic, persian, chosenMap);
  }

  private static String row(String name, ProcrustesAlignment map, LanguageVectors arabic, LanguageVectors persian,
      List<SeedLexicon.Pair> heldOut) {
    Map<String, float[]> mappedPersian = new HashMap<>();
    float[][] mappedRows = new float[persian.size()][];
    for (int p = 0; p < persian.size(); p++) {
      mappedRows[p] = map.apply(persian.vectors()[p]);
      mappedPersian.put(persian.terms().get(p), mappedRows[p]);
    }
    Map<String, float[]> arabicVectors = new HashMap<>();
    for (int a = 0; a < arabic.size(); a++) {
      arabicVectors.put(arabic.terms().get(a), arabic.vectors()[a]);
    }
    List<SeedLexicon.Pair> differing = heldOut.stream().filter(p -> !p.arabic().equals(p.persian())).toList();
    return String.format(Locale.ROOT, "%-52s %s | %s%n%-52s %s | %s%n", name,
        AlignmentEvaluator.evaluate(AlignmentEvaluator.gold(heldOut, true), mappedPersian, arabic.terms(),
            arabic.vectors()),
        AlignmentEvaluator.evaluate(AlignmentEvaluator.gold(heldOut, false), arabicVectors, persian.terms(),
            mappedRows),
        "  pairs of two different terms only",
        AlignmentEvaluator.evaluate(AlignmentEvaluator.gold(differing, true), mappedPersian, arabic.terms(),
            arabic.vectors()),
        AlignmentEvaluator.evaluate(AlignmentEvaluator.gold(differing, false), arabicVectors, persian.terms(),
            mappedRows));
  }

  /** Arabic vectors as they are, Persian ones mapped; a term of both languages gets the mean of its two vectors. */
  static WordVectors merge(LanguageVectors arabic, LanguageVectors persian, ProcrustesAlignment map) {
    Map<String, float[]> merged = new HashMap<>();
    for (int a = 0; a < arabic.size(); a++) {
      merged.put(arabic.terms().get(a), arabic.vectors()[a].clone());
    }
    for (int p = 0; p < persian.size(); p++) {
      float[] mapped = map.apply(persian.vectors()[p]);
      float[] existing = merged.putIfAbsent(persian.terms().get(p), mapped);
      if (existing != null) {
        for (int d = 0; d < existing.length; d++) {
          existing[d] += mapped[d];
        }
        Vectors.normalize(existing);
      }
    }
    return WordVectors.of(arabic.dimension(), merged);
  }
}
