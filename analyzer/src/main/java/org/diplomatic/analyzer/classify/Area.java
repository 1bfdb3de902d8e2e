package org.diplomatic.analyzer.classify;

/** A cooperation-area label of the contract's taxonomy with the model's score for it. */
public record Area(String label, double score) {}
