package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.text.Language;

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

  /** The officials of one text, read as a single document of {@code lang}. */
  static List<Official> officials(String text, Language lang) {
    return extractor().extract(text, TestSentences.of(text), lang);
  }

  /** Each official of one text as [name, role, country], null written "null". */
  static List<List<String>> described(String text, Language lang) {
    return officials(text, lang).stream()
        .map(o -> List.of(o.name(), String.valueOf(o.role()), String.valueOf(o.country()))).toList();
  }

  static List<String> names(String text, Language lang) {
    return officials(text, lang).stream().map(Official::name).toList();
  }

  /** The official of that name; fails naming what was found instead. */
  static Official named(String text, String name, Language lang) {
    List<Official> found = officials(text, lang);
    return found.stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + found));
  }

  /** The text's only official; fails when there are none or several. */
  static Official only(String text, Language lang) {
    List<Official> found = officials(text, lang);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
