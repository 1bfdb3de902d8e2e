package org.diplomatic.analyzer.classify;

import java.util.Set;
import java.util.stream.Collectors;

/** The trained network as a {@link DocumentAreaPredictor}, with its fallback for documents no label passes. */
public record NeuralAreaPredictor(AreaClassifier classifier) implements DocumentAreaPredictor {
  @Override
  public Set<String> predict(AreaDocument document) {
    return classifier.classifyDocument(document.lang(), document.texts()).stream().map(Area::label).collect(Collectors.toSet());
  }
}
