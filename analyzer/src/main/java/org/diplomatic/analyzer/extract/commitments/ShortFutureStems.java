package org.diplomatic.analyzer.extract.commitments;

import java.util.Set;

/** The folded three-letter imperfect verbs of {@code short-future-stems.tsv} that سـ makes a four-letter future. */
final class ShortFutureStems {
  private static final String RESOURCE = "short-future-stems.tsv";

  private ShortFutureStems() {}

  static Set<String> load() {
    return FoldedWordList.load(RESOURCE);
  }
}
