package org.diplomatic.analyzer.extract.commitments;

import java.util.Set;

/** The folded one-word Persian state names of {@code country-short-names.tsv} that ICU's display names lack. */
final class CountryShortNames {
  private static final String RESOURCE = "country-short-names.tsv";

  private CountryShortNames() {}

  static Set<String> load() {
    return FoldedWordList.load(RESOURCE);
  }
}
