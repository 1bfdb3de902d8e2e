package org.diplomatic.analyzer.extract.names;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The {@link WordFeatures} of a token, prefixed (the window generator around it adds the position); a token without
 * features of its own takes those of its form without proclitics ({@link Proclitics}), so that وأسامة gets أسامة's
 * word classes; an Arabic token with proclitics also gets that form itself as a feature ({@code stem=أسامة}).
 */
final class WordFeatureGenerator implements AdaptiveFeatureGenerator {
  private final WordFeatures words;
  private final boolean stems;

  WordFeatureGenerator(WordFeatures words, boolean stems) {
    this.words = words;
    this.stems = stems;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String token = tokens[index];
    String[] own = words.of(token);
    String bare = null;
    if (stems || own == null) {
      bare = Proclitics.strip(token, words::contains);
    }
    String[] fs = own != null ? own : bare == null ? null : words.of(bare);
    if (fs != null) {
      for (String f : fs) {
        features.add(f);
      }
    }
    if (stems && bare != null) {
      features.add("stem=" + bare);
    }
  }
}
