package org.diplomatic.analyzer.extract.officials;

import java.nio.file.Path;

/** The officials extractor with the shipped name models, loaded once for every test class that reads real text. */
final class ShippedOfficials {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));
  private static OfficialsExtractor extractor;

  private ShippedOfficials() {}

  static synchronized OfficialsExtractor extractor() {
    if (extractor == null) {
      extractor = OfficialsExtractor.load(ROOT.resolve("models/ner"));
    }
    return extractor;
  }
}
