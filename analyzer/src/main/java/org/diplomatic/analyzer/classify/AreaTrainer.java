package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains the area network on labelled sentences (one hidden ReLU layer, 14 sigmoid outputs, cross-entropy, Adam)
 * with a fixed seed and a seeded shuffle, so the same data gives the same model; then tunes per-label thresholds, the
 * document aggregation and each language's fallback on scored tuning documents. DL4J is used here only: the result
 * is plain {@link AreaWeights}.
 */
public final class AreaTrainer {

  /** Training settings; {@link #defaults()} are the measured choice recorded in models/areas/README.md. */
  public record Settings(
      FeaturizerConfig featurizer, int hidden, int epochs, int batchSize, double learningRate, double l2, long seed) {
    public static Settings defaults() {
      return new Settings(FeaturizerConfig.defaults(), 128, 25, 32, 2e-3, 1e-5, 42);
    }
  }

  private static final List<String> LABELS = Vocabulary.AREAS;

  private final Settings settings;

  public AreaTrainer(Settings settings) {
    this.settings = settings;
  }

  /** Trains on {@code trainDocs} and tunes on {@code devDocs} as scored by the trained network. */
  public AreaModel train(List<AreaDocument> trainDocs, List<AreaDocument> devDocs) {
    AreaModel untuned = fit(trainDocs);
    return tune(untuned, score(untuned, devDocs));
  }

  /** The network trained on every sentence of {@code trainDocs}, with neutral thresholds and no fallback. */
  public AreaModel fit(List<AreaDocument> trainDocs) {
    List<AreaExample> examples = new ArrayList<>();
    trainDocs.forEach(d -> examples.addAll(d.sentences()));
    Map<String, Double> neutral = new LinkedHashMap<>();
    LABELS.forEach(l -> neutral.put(l, 0.5));
    return new AreaModel(fitWeights(examples), settings.featurizer(), LABELS, neutral, neutral,
        AreaModel.Aggregation.MAX, Map.of());
  }

  /** Each document with its sentences' scores under {@code model}. */
  public static List<ScoredDocument> score(AreaModel model, List<AreaDocument> docs) {
    AreaClassifier classifier = new AreaClassifier(model);
    return docs.stream().map(d -> new ScoredDocument(d, classifier.scores(d.texts()))).toList();
  }

  /** {@code model} with thresholds, aggregation and fallbacks tuned on the scored documents. */
  public static AreaModel tune(AreaModel model, List<ScoredDocument> docs) {
    return new ThresholdTuner().tune(model, docs);
  }

  static AreaWeights weightsOf(MultiLayerNetwork net) {
    long[] shape0 = net.getLayer(0).getParam("W").shape();
    int outputs = (int) net.getLayer(1).getParam("W").shape()[1];
    return new AreaWeights((int) shape0[0], (int) shape0[1], outputs,
        net.getLayer(0).getParam("W").dup('c').data().asFloat(), net.getLayer(0).getParam("b").dup('c').data().asFloat(),
        net.getLayer(1).getParam("W").dup('c').data().asFloat(), net.getLayer(1).getParam("b").dup('c').data().asFloat());
  }

  /** The network trained by DL4J on dense batches: the reference {@link #fitWeights} is tested against. */
  MultiLayerNetwork fitNetwork(List<AreaExample> examples) {
    float[][] x = new float[examples.size()][];
    AreaFeaturizer featurizer = new AreaFeaturizer(settings.featurizer());
    for (int i = 0; i < examples.size(); i++) {
      x[i] = new float[settings.featurizer().inputSize()];
      featurizer.fill(examples.get(i).text(), x[i]);
    }
    float[][] y = labels(examples);
    MultiLayerNetwork net = initialNetwork();
    Random shuffle = new Random(settings.seed());
    List<Integer> order = order(examples.size());
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(order, shuffle);
      for (int from = 0; from < order.size(); from += settings.batchSize()) {
        List<Integer> batch = order.subList(from, Math.min(order.size(), from + settings.batchSize()));
        float[][] bx = new float[batch.size()][];
        float[][] by = new float[batch.size()][];
        for (int k = 0; k < batch.size(); k++) {
          bx[k] = x[batch.get(k)];
          by[k] = y[batch.get(k)];
        }
        net.fit(new DataSet(Nd4j.create(bx), Nd4j.create(by)));
      }
    }
    return net;
  }

  /**
   * The network's weights after training on sparse inputs ({@link SparseNetworkTrainer}) from DL4J's seeded
   * initialization, with the same shuffled batches as {@link #fitNetwork}: the same model, ~30x less arithmetic.
   */
  AreaWeights fitWeights(List<AreaExample> examples) {
    AreaFeaturizer featurizer = new AreaFeaturizer(settings.featurizer());
    SparseVector[] x = new SparseVector[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      x[i] = featurizer.sparse(examples.get(i).text());
    }
    float[][] y = labels(examples);
    SparseNetworkTrainer trainer =
        new SparseNetworkTrainer(weightsOf(initialNetwork()), settings.learningRate(), settings.l2());
    Random shuffle = new Random(settings.seed());
    List<Integer> order = order(examples.size());
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(order, shuffle);
      for (int from = 0; from < order.size(); from += settings.batchSize()) {
        trainer.step(order.subList(from, Math.min(order.size(), from + settings.batchSize())), x, y);
      }
    }
    return trainer.weights();
  }

  private static float[][] labels(List<AreaExample> examples) {
    float[][] y = new float[examples.size()][LABELS.size()];
    for (int i = 0; i < examples.size(); i++) {
      Set<String> labels = examples.get(i).labels();
      for (int l = 0; l < LABELS.size(); l++) {
        y[i][l] = labels.contains(LABELS.get(l)) ? 1f : 0f;
      }
    }
    return y;
  }

  private static List<Integer> order(int size) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    return order;
  }

  private MultiLayerNetwork initialNetwork() {
    int dims = settings.featurizer().inputSize();
    Nd4j.getRandom().setSeed(settings.seed());
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(settings.seed())
            .updater(new Adam(settings.learningRate()))
            .weightInit(WeightInit.XAVIER)
            .l2(settings.l2())
            .list()
            .layer(new DenseLayer.Builder().nIn(dims).nOut(settings.hidden()).activation(Activation.RELU).build())
            .layer(
                new OutputLayer.Builder(LossFunctions.LossFunction.XENT)
                    .nIn(settings.hidden())
                    .nOut(LABELS.size())
                    .activation(Activation.SIGMOID)
                    .build())
            .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }
}
