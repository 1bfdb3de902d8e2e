package org.diplomatic.analyzer.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trained area model: the network's weights ({@code weights.bin}, read without ND4J) and everything needed to use
 * them without training data ({@code model.json}: featurizer config, label order, per-label thresholds for sentences
 * and documents, how sentence scores are aggregated into a document score, how much the keyword count weighs in each label's
 * document score, per language its own document thresholds when tuned apart and what a document gets when no label
 * passes its threshold).
 */
public record AreaModel(
    AreaWeights weights,
    FeaturizerConfig featurizer,
    List<String> labels,
    Map<String, Double> sentenceThresholds,
    Map<String, Double> documentThresholds,
    Aggregation aggregation,
    Map<String, Fallback> fallbacks,
    Map<String, Double> keywordWeights,
    Map<String, Map<String, Double>> languageThresholds) {

  public AreaModel {
    fallbacks = fallbacks == null ? Map.of() : Map.copyOf(fallbacks);
    keywordWeights = keywordWeights == null ? Map.of() : Map.copyOf(keywordWeights);
    languageThresholds = languageThresholds == null ? Map.of() : Map.copyOf(languageThresholds);
  }

  /** A model whose document scores are the network's alone, with one set of document thresholds for every language. */
  public AreaModel(AreaWeights weights, FeaturizerConfig featurizer, List<String> labels,
      Map<String, Double> sentenceThresholds, Map<String, Double> documentThresholds, Aggregation aggregation,
      Map<String, Fallback> fallbacks) {
    this(weights, featurizer, labels, sentenceThresholds, documentThresholds, aggregation, fallbacks, Map.of(), Map.of());
  }

  /** How sentence scores become a document score for one label. */
  public enum Aggregation {
    /** The best sentence's score. */
    MAX,
    /** The mean of the two best sentences' scores: one passing mention is not enough. */
    TOP2_MEAN
  }

  /**
   * What a document of one language gets when no label passes its document threshold: its best label when that
   * label's score is at least {@code bestLabelFloor} (a floor above 1 never applies); failing that, with
   * {@code keywordBackstop}, the area whose keywords occur in the most sentences.
   */
  public record Fallback(double bestLabelFloor, boolean keywordBackstop) {
    public static final Fallback NONE = new Fallback(2, false);
  }

  static final String WEIGHTS = "weights.bin";
  static final String CONFIG = "model.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The JSON part of a saved model. */
  record Config(
      FeaturizerConfig featurizer,
      List<String> labels,
      Map<String, Double> sentenceThresholds,
      Map<String, Double> documentThresholds,
      Aggregation aggregation,
      Map<String, Fallback> fallbacks,
      Map<String, Double> keywordWeights,
      Map<String, Map<String, Double>> languageThresholds) {}

  /** The fallback for documents of {@code lang}: {@link Fallback#NONE} when the model has none. */
  public Fallback fallback(String lang) {
    return fallbacks.getOrDefault(lang, Fallback.NONE);
  }

  /** The document thresholds of {@code lang}: its own when tuned apart, else the shared ones. */
  public Map<String, Double> documentThresholds(String lang) {
    return languageThresholds.getOrDefault(lang, documentThresholds);
  }

  /** How much the keyword count weighs in {@code label}'s document score (0: the network's score alone). */
  public double keywordWeight(String label) {
    return keywordWeights.getOrDefault(label, 0.0);
  }

  /** This model with other thresholds, aggregation and fallbacks (the weights and the keyword blend shared). */
  AreaModel withDecisions(Map<String, Double> sentence, Map<String, Double> document, Aggregation aggregation,
      Map<String, Fallback> fallbacks) {
    return new AreaModel(weights, featurizer, labels, sentence, document, aggregation, fallbacks, keywordWeights,
        languageThresholds);
  }

  /** This model with other keyword weights and per-language document thresholds (none: the shared ones). */
  AreaModel withDocumentBlend(Map<String, Double> keywordWeights, Map<String, Map<String, Double>> languageThresholds) {
    return new AreaModel(weights, featurizer, labels, sentenceThresholds, documentThresholds, aggregation, fallbacks,
        keywordWeights, languageThresholds);
  }

  public void save(Path dir) {
    try {
      Files.createDirectories(dir);
      weights.write(dir.resolve(WEIGHTS));
      JSON.writeValue(dir.resolve(CONFIG).toFile(), new Config(featurizer, labels, sentenceThresholds,
          documentThresholds, aggregation, new TreeMap<>(fallbacks),
          new TreeMap<>(keywordWeights), new TreeMap<>(languageThresholds)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the area model to " + dir, e);
    }
  }

  /** Loads a model saved by {@link #save}; a missing or unreadable file is an error naming it. */
  public static AreaModel load(Path dir) {
    Path weights = dir.resolve(WEIGHTS);
    Path config = dir.resolve(CONFIG);
    if (!Files.isRegularFile(weights) || !Files.isRegularFile(config)) {
      String message = "no area model in " + dir + " (run 'analyzer train' first)";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try {
      Config c = JSON.readValue(config.toFile(), Config.class);
      return new AreaModel(AreaWeights.read(weights), c.featurizer(), c.labels(), c.sentenceThresholds(),
          c.documentThresholds(), c.aggregation(), c.fallbacks(), c.keywordWeights(),
          c.languageThresholds());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the area model in " + dir, e);
    }
  }
}
