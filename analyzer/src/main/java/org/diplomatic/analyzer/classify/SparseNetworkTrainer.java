package org.diplomatic.analyzer.classify;

import java.util.List;

/**
 * Trains the area network (dense ReLU layer, sigmoid outputs, binary cross-entropy, Adam, L2 on the weights) from
 * starting weights over sparse inputs, in plain Java, doing DL4J's arithmetic for {@code MultiLayerNetwork.fit}: a
 * sentence's ~260 non-zero inputs out of 8,206 touch only their rows of the first weight matrix going forward and
 * back, where DL4J multiplies the whole dense batch three times per step. Per step: gradients summed over the batch
 * and divided by its size, then {@code l2 * w} added to the weight gradients (not the biases), then one Adam step
 * (beta1 0.9, beta2 0.999, epsilon 1e-8, bias-corrected rate) on every parameter, so the model equals DL4J's up to
 * float rounding (a test trains both). Single-threaded and deterministic; not thread-safe.
 */
final class SparseNetworkTrainer {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;
  // DL4J's LossBinaryXENT clips the output to [1e-5, 1 - 1e-5] before taking the gradient
  private static final float CLIP = 1e-5f;

  private final int inputs;
  private final int hidden;
  private final int outputs;
  private final double learningRate;
  private final float l2;
  private final float[][] params; // w0, b0, w1, b1, each row-major as in AreaWeights
  private final float[][] grads;
  private final float[][] m;
  private final float[][] v;
  private final boolean[] isWeight = {true, false, true, false};
  private int iteration;

  SparseNetworkTrainer(AreaWeights start, double learningRate, double l2) {
    this.inputs = start.inputs();
    this.hidden = start.hidden();
    this.outputs = start.outputs();
    this.learningRate = learningRate;
    this.l2 = (float) l2;
    this.params = new float[][] {start.w0().clone(), start.b0().clone(), start.w1().clone(), start.b1().clone()};
    this.grads = new float[4][];
    this.m = new float[4][];
    this.v = new float[4][];
    for (int p = 0; p < 4; p++) {
      grads[p] = new float[params[p].length];
      m[p] = new float[params[p].length];
      v[p] = new float[params[p].length];
    }
  }

  /** The current weights (copies). */
  AreaWeights weights() {
    return new AreaWeights(inputs, hidden, outputs, params[0].clone(), params[1].clone(), params[2].clone(),
        params[3].clone());
  }

  /** One step of gradient descent on the examples {@code batch} of {@code x} (inputs) and {@code y} (0/1 labels). */
  void step(List<Integer> batch, SparseVector[] x, float[][] y) {
    float[] w0 = params[0];
    float[] w1 = params[2];
    float[] delta = new float[outputs];
    float[] deltaH = new float[hidden];
    for (int example : batch) {
      SparseVector in = x[example];
      float[] hPre = SparseForwardPass.hidden(in, w0, params[1], hidden);
      float[] z = SparseForwardPass.logits(hPre, w1, params[3], outputs);
      for (int k = 0; k < outputs; k++) {
        float p = (float) (1 / (1 + Math.exp(-z[k])));
        float clipped = Math.min(Math.max(p, CLIP), 1 - CLIP);
        delta[k] = (clipped - y[example][k]) / (clipped * (1 - clipped)) * (p * (1 - p));
        grads[3][k] += delta[k];
      }
      for (int j = 0; j < hidden; j++) {
        float a = Math.max(0f, hPre[j]);
        float back = 0f;
        for (int k = 0; k < outputs; k++) {
          grads[2][j * outputs + k] += a * delta[k];
          back += w1[j * outputs + k] * delta[k];
        }
        deltaH[j] = hPre[j] > 0f ? back : 0f;
        grads[1][j] += deltaH[j];
      }
      for (int f = 0; f < in.size(); f++) {
        int row = in.indices()[f] * hidden;
        float value = in.values()[f];
        for (int j = 0; j < hidden; j++) {
          grads[0][row + j] += value * deltaH[j];
        }
      }
    }
    update(batch.size());
  }

  private void update(int batchSize) {
    iteration++;
    double alpha = learningRate * Math.sqrt(1 - Math.pow(BETA2, iteration)) / (1 - Math.pow(BETA1, iteration));
    float alphaT = (float) alpha;
    for (int p = 0; p < 4; p++) {
      float[] w = params[p];
      float[] g = grads[p];
      float[] mp = m[p];
      float[] vp = v[p];
      float decay = isWeight[p] ? l2 : 0f;
      for (int i = 0; i < w.length; i++) {
        float gi = g[i] / batchSize + decay * w[i];
        mp[i] = mp[i] * BETA1 + gi * (1 - BETA1);
        vp[i] = vp[i] * BETA2 + gi * gi * (1 - BETA2);
        w[i] -= mp[i] * alphaT / ((float) Math.sqrt(vp[i]) + EPSILON);
        g[i] = 0f;
      }
    }
  }
}
