package org.diplomatic.analyzer.classify;

import java.util.Set;

/** A training or test text (a sentence or a whole document) with its gold area labels. */
public record AreaExample(String lang, String text, Set<String> labels) {}
