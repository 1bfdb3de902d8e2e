package org.diplomatic.analyzer.extract.officials;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The four features OpenNLP's {@code DefaultNameContextGenerator} appends to a token's context from the outcomes
 * before it (previous, previous with the word, previous with the word's class, the one before), in its order and
 * spelling; a test checks them against the generator's own output.
 */
record PreviousOutcomeFeatures(String previous, String beforePrevious, String token) {

  /** The features of token {@code i} after the outcomes {@code outs} of tokens 0..i-1. */
  static PreviousOutcomeFeatures of(String[] tokens, int i, String[] outs) {
    String po = i > 0 ? outs[i - 1] : NameFinderME.OTHER;
    String ppo = i > 1 ? outs[i - 2] : NameFinderME.OTHER;
    return new PreviousOutcomeFeatures(po, ppo, tokens[i]);
  }

  /** What the features depend on besides the token: candidates with equal keys score equally. */
  String key() {
    return previous + '\n' + beforePrevious;
  }

  String[] features() {
    return new String[] {
        "po=" + previous,
        "pow=" + previous + "," + token,
        "powf=" + previous + "," + FeatureGeneratorUtil.tokenFeature(token),
        "ppo=" + beforePrevious};
  }
}
