package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The whole embedding run for {@code train}: per language, the corpus text to terms and Word2Vec; then Persian
 * aligned onto Arabic, the alignment scored on the held-out lexicon in every anchor setting, and the chosen space
 * saved as {@code vectors.bin} with {@code evaluation.txt} beside it.
 */
public final class EmbeddingTraining {
  /** Most frequent Arabic terms kept in the saved file (the file stays under 10 MB). */
  static final int ARABIC_VOCABULARY = 60_000;
  /** Most frequent Persian terms kept (the Persian corpus is a tenth of the Arabic one). */
  static final int PERSIAN_VOCABULARY = 30_000;

  private EmbeddingTraining() {}

  /** Word2Vec settings per language: Persian has less text, so rarer words and more passes. */
  public static EmbeddingTrainer.Settings settingsFor(String lang) {
    EmbeddingTrainer.Settings base = EmbeddingTrainer.Settings.defaults();
    return lang.equals("fa")
        ? new EmbeddingTrainer.Settings(base.dimension(), base.window(), 3, 15, base.negative(), base.sampling(),
            base.seed(), base.workers())
        : base;
  }

  /** One language's corpus written under {@code work} and its vectors trained; {@code log} gets sizes and times. */
  public static LanguageVectors train(String lang, Path news, Path ner, Path corpus, Path work, StringBuilder log) {
    long start = System.nanoTime();
    Path sentences = work.resolve("embedding-corpus-" + lang + ".txt");
    EmbeddingCorpus.Size size = EmbeddingCorpus.write(lang, news, ner, corpus, sentences);
    double read = seconds(start);
    EmbeddingTrainer.Settings settings = settingsFor(lang);
    LanguageVectors vectors = EmbeddingTrainer.train(lang, sentences, settings);
    log.append(String.format(Locale.ROOT,
        "%s: %,d sentences, %,d terms (read and analyzed in %.0f s); Word2Vec %s: %,d words in %.0f s%n",
        lang, size.sentences(), size.terms(), read, settings, vectors.size(), seconds(start) - read));
    return vectors;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Aligns, evaluates and saves; returns the report (also written to {@code out/evaluation.txt}). */
  public static String alignAndSave(LanguageVectors arabicTrained, LanguageVectors persianTrained, Path out,
      StringBuilder log) {
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
    StringBuilder report = new StringBuilder(log);
    report.append(String.format(Locale.ROOT, "vocabulary kept: ar %,d of %,d, fa %,d of %,d%n", arabic.size(),
        arabicTrained.size(), persian.size(), persianTrained.size()));
    report.append(String.format(Locale.ROOT,
        "seed lexicon: %d pairs, %d for training and %d held out (%d and %d usable as single terms)%n",
        lexicon.pairs().size(), lexicon.training().size(), lexicon.heldOut().size(), training.size(),
        heldOut.size()));
    report.append(String.format(Locale.ROOT, "%-44s %-34s %s%n", "held-out translation", "fa->ar", "ar->fa"));
    report.append(row("unaligned", ProcrustesAlignment.identity(arabic.dimension()), arabic, persian, heldOut));
    CrossLingualAligner.Settings defaults = CrossLingualAligner.Settings.defaults();
    List<CrossLingualAligner.Settings> variants = List.of(defaults.with(false, true, 0), defaults.with(true, false, 0),
        defaults.with(true, true, 0), defaults.with(true, false, defaults.iterations()), defaults);
    CrossLingualAligner.Result chosen = null;
    for (CrossLingualAligner.Settings variant : variants) {
      CrossLingualAligner.Result result = CrossLingualAligner.align(arabic, persian, training, excluded, variant);
      String name = String.format(Locale.ROOT, "%s%s%s (%d+%d+%d anchors)",
          variant.lexicon() ? "lexicon" : "", variant.lexicon() && variant.sharedStrings() ? "+" : "",
          variant.sharedStrings() ? "shared" : "", result.lexiconAnchors(), result.sharedAnchors(),
          result.inducedAnchors());
      name += variant.iterations() > 0 ? " +" + variant.iterations() + " rounds" : "";
      report.append(row(name, result.map(), arabic, persian, heldOut));
      chosen = result;
    }
    WordVectors vectors = merge(arabic, persian, chosen.map());
    try {
      Files.createDirectories(out);
      vectors.save(out.resolve("vectors.bin"));
      report.append(String.format(Locale.ROOT, "saved: %,d terms x %d, %,d bytes (the last setting above)%n",
          vectors.size(), vectors.dimension(), Files.size(out.resolve("vectors.bin"))));
      Files.writeString(out.resolve("evaluation.txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the word vectors to " + out, e);
    }
    return report.toString();
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
    AlignmentEvaluator.Score toArabic = AlignmentEvaluator.evaluate(AlignmentEvaluator.gold(heldOut, true),
        mappedPersian, arabic.terms(), arabic.vectors());
    AlignmentEvaluator.Score toPersian = AlignmentEvaluator.evaluate(AlignmentEvaluator.gold(heldOut, false),
        arabicVectors, persian.terms(), mappedRows);
    return String.format(Locale.ROOT, "%-44s %-34s %s%n", name, toArabic, toPersian);
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

  /** Lists for a CLI run: every language's vectors trained in turn. */
  public static List<LanguageVectors> trainBoth(Path news, Path ner, Path corpus, Path work, StringBuilder log) {
    List<LanguageVectors> both = new ArrayList<>();
    for (String lang : List.of("ar", "fa")) {
      both.add(train(lang, news, ner, corpus, work, log));
    }
    return both;
  }
}
