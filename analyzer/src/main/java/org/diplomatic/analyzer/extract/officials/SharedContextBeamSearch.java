package org.diplomatic.analyzer.extract.officials;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search for a perceptron name model, with the same outcomes, scores and ties, but each token's
 * features looked up once instead of once per beam candidate. The name context is the feature generators' output
 * (independent of the candidate) followed by four previous-outcome features ({@link PreviousOutcomeFeatures}); the
 * perceptron adds feature weights in context order, so the generators' sum is computed once per token and each
 * candidate continues it with its own four. The search loop mirrors {@link BeamSearch#bestSequences} step by step
 * (same queues, thresholds and validator calls); any other context generator or model falls back to OpenNLP's.
 */
final class SharedContextBeamSearch extends BeamSearch {
  private final PerceptronWeights weights;
  private final int outcomes;
  private final int outside;
  private final double outsideBias;

  /** {@code weights} are {@code perceptron}'s ({@link PerceptronWeights#of}), built once and shared by threads. */
  SharedContextBeamSearch(int size, AbstractModel perceptron, PerceptronWeights weights) {
    this(size, perceptron, weights, 0);
  }

  /**
   * As above, with the outside outcome's scaled score lowered by {@code outsideBias} before the softmax: a prior
   * toward names for a model that under-finds them; 0 is OpenNLP's search.
   */
  SharedContextBeamSearch(int size, AbstractModel perceptron, PerceptronWeights weights, double outsideBias) {
    super(size, perceptron);
    this.outcomes = perceptron.getNumOutcomes();
    this.weights = weights;
    this.outside = perceptron.getIndex(NameFinderME.OTHER);
    this.outsideBias = outsideBias;
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    if (cg.getClass() != DefaultNameContextGenerator.class || !(sequence instanceof String[] tokens)) {
      return super.bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg, validator);
    }
    Object[] extra = additionalContext == null ? new Object[0] : additionalContext;
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    for (int i = 0; i < tokens.length; i++) {
      double[] shared = sum(cg.getContext(i, sequence, null, extra), new double[outcomes]);
      Map<String, double[]> byHistory = new HashMap<>();
      int sz = StrictMath.min(size, prev.size());
      for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
        Sequence top = prev.remove();
        String[] outs = top.getOutcomes().toArray(new String[0]);
        PreviousOutcomeFeatures history = PreviousOutcomeFeatures.of(tokens, i, outs);
        double[] scores = byHistory.computeIfAbsent(history.key(),
            k -> normalize(sum(history.features(), shared.clone()), outside, outsideBias));
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double min = sorted[StrictMath.max(0, scores.length - size)];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            extend(top, outs, p, scores, i, sequence, validator, minSequenceScore, next);
          }
        }
        if (next.isEmpty()) { // as OpenNLP: when nothing above the threshold is valid, advance every valid outcome
          for (int p = 0; p < scores.length; p++) {
            extend(top, outs, p, scores, i, sequence, validator, minSequenceScore, next);
          }
        }
      }
      prev.clear();
      Queue<Sequence> tmp = prev;
      prev = next;
      next = tmp;
    }
    Sequence[] top = new Sequence[StrictMath.min(numSequences, prev.size())];
    for (int k = 0; k < top.length; k++) {
      top[k] = prev.remove();
    }
    return top;
  }

  private <T> void extend(Sequence top, String[] outs, int p, double[] scores, int i, T[] sequence,
      SequenceValidator<T> validator, double minSequenceScore, Queue<Sequence> next) {
    String out = model.getOutcome(p);
    if (validator.validSequence(i, sequence, outs, out)) {
      Sequence ns = new Sequence(top, out, scores[p]);
      if (ns.getScore() > minSequenceScore) {
        next.add(ns);
      }
    }
  }

  /** Adds the weights of {@code features} to {@code into}, in order, as the perceptron does. */
  private double[] sum(String[] features, double[] into) {
    for (String f : features) {
      weights.addTo(f, into);
    }
    return into;
  }

  /**
   * The perceptron's normalization (OpenNLP {@code PerceptronModel.eval}): scale by the largest weight, softmax;
   * the outside outcome's scaled score less the bias.
   */
  private static double[] normalize(double[] prior, int outside, double outsideBias) {
    double maxPrior = 1;
    for (double v : prior) {
      if (maxPrior < StrictMath.abs(v)) {
        maxPrior = StrictMath.abs(v);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < prior.length; o++) {
      prior[o] = StrictMath.exp(prior[o] / maxPrior - (o == outside ? outsideBias : 0));
      normal += prior[o];
    }
    for (int o = 0; o < prior.length; o++) {
      prior[o] /= normal;
    }
    return prior;
  }
}
