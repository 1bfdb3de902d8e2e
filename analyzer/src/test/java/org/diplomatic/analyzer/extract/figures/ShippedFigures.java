package org.diplomatic.analyzer.extract.figures;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;

/** The shipped figure extractor, loaded once for every figures test class. */
final class ShippedFigures {
  private static FigureExtractor extractor;

  private ShippedFigures() {}

  static synchronized FigureExtractor extractor() {
    if (extractor == null) {
      extractor = FigureExtractor.load();
    }
    return extractor;
  }

  /** The figures of one text read as a single sentence of the language with that code. */
  static List<Figure> extract(String lang, String text) {
    return extractor().extract(text, List.of(new Sentence(text, 0, text.length())), Language.fromCode(lang));
  }
}
