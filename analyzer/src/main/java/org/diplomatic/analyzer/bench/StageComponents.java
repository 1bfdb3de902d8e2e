package org.diplomatic.analyzer.bench;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.diplomatic.analyzer.classify.AreaClassifier;
import org.diplomatic.analyzer.classify.AreaModel;
import org.diplomatic.analyzer.extract.commitments.CommitmentExtractor;
import org.diplomatic.analyzer.extract.figures.FigureExtractor;
import org.diplomatic.analyzer.extract.officials.OfficialsExtractor;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.ArabicSegmenter;
import org.diplomatic.analyzer.text.LanguageDetector;

/**
 * Every component the benchmark times, loaded once from {@code modelsDir}, with the wall time each load took
 * ({@link #loadMillis()}, in load order); pipelines are built on demand so each timed run can start uncached.
 */
public final class StageComponents {
  private final Map<String, Double> loadMillis = new LinkedHashMap<>();
  final LanguageDetector languages;
  final ArabicSegmenter segmenter;
  final FigureExtractor figures;
  final OfficialsExtractor officials;
  final CommitmentExtractor commitments;
  final AreaClassifier areas;
  private final Path modelsDir;

  public StageComponents(Path modelsDir) {
    this.modelsDir = modelsDir;
    languages = timed("language_detector", LanguageDetector::new);
    segmenter = timed("arabic_segmenter", ArabicSegmenter::new);
    figures = timed("figures", FigureExtractor::load);
    officials = timed("officials", () -> OfficialsExtractor.load(modelsDir.resolve("ner")));
    commitments = timed("commitments", () -> CommitmentExtractor.load(modelsDir));
    areas = timed("areas", () -> new AreaClassifier(AreaModel.load(modelsDir.resolve("areas"))));
  }

  /** A new pipeline, with its own (empty) caches; its load time is recorded once. */
  Pipeline newPipeline() {
    long start = System.nanoTime();
    Pipeline pipeline = new Pipeline(PipelineConfig.defaults(modelsDir));
    loadMillis.putIfAbsent("pipeline", (System.nanoTime() - start) / 1e6);
    return pipeline;
  }

  /** Load times in milliseconds, in load order. */
  public Map<String, Double> loadMillis() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(loadMillis));
  }

  private <T> T timed(String name, Supplier<T> load) {
    long start = System.nanoTime();
    T value = load.get();
    loadMillis.put(name, (System.nanoTime() - start) / 1e6);
    return value;
  }
}
