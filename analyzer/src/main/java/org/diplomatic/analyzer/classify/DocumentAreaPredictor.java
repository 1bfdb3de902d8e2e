package org.diplomatic.analyzer.classify;

import java.util.Set;

/** Anything that predicts the area labels of a document, so the model and the baselines are scored alike. */
public interface DocumentAreaPredictor {
  Set<String> predict(AreaDocument document);
}
