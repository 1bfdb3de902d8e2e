package org.diplomatic.analyzer.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A trained area model: the network ({@code network.zip}) and everything needed to use it without training data
 * ({@code model.json}: featurizer config, label order, per-label thresholds for sentences and documents, and how
 * sentence scores are aggregated into a document score).
 */
public record AreaModel(
    MultiLayerNetwork network,
    FeaturizerConfig featurizer,
    List<String> labels,
    Map<String, Double> sentenceThresholds,
    Map<String, Double> documentThresholds,
    Aggregation aggregation) {

  /** How sentence scores become a document score for one label. */
  public enum Aggregation {
    /** The best sentence's score. */
    MAX,
    /** The mean of the two best sentences' scores: one passing mention is not enough. */
    TOP2_MEAN
  }

  static final String NETWORK = "network.zip";
  static final String CONFIG = "model.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The JSON part of a saved model. */
  record Config(
      FeaturizerConfig featurizer,
      List<String> labels,
      Map<String, Double> sentenceThresholds,
      Map<String, Double> documentThresholds,
      Aggregation aggregation) {}

  public void save(Path dir) {
    try {
      Files.createDirectories(dir);
      ModelSerializer.writeModel(network, dir.resolve(NETWORK).toFile(), false);
      JSON.writeValue(
          dir.resolve(CONFIG).toFile(),
          new Config(featurizer, labels, sentenceThresholds, documentThresholds, aggregation));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the area model to " + dir, e);
    }
  }

  /** Loads a model saved by {@link #save}; a missing or unreadable file is an error naming it. */
  public static AreaModel load(Path dir) {
    File network = dir.resolve(NETWORK).toFile();
    File config = dir.resolve(CONFIG).toFile();
    if (!network.isFile() || !config.isFile()) {
      String message = "no area model in " + dir + " (run 'analyzer train' first)";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try {
      Config c = JSON.readValue(config, Config.class);
      MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(network, false);
      return new AreaModel(
          net, c.featurizer(), c.labels(), c.sentenceThresholds(), c.documentThresholds(), c.aggregation());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the area model in " + dir, e);
    }
  }
}
