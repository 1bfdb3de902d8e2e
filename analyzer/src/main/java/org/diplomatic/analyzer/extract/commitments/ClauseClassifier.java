package org.diplomatic.analyzer.extract.commitments;

/** Decides whether a sentence or clause is a commitment and of which kind ("none" when it is not). */
public interface ClauseClassifier {
  String NONE = "none";

  String kind(String text, String genre);
}
