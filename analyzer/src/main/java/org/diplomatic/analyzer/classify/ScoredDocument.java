package org.diplomatic.analyzer.classify;

/** A tuning document with its sentences' scores, from a network that did not train on it. */
public record ScoredDocument(AreaDocument document, float[][] sentenceScores) {}
