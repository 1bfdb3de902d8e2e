package org.diplomatic.analyzer.extract.figures;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;

/**
 * Extracts figures (money, counts, percentages, measures, durations) from a document's sentences, following the
 * corpus guidelines' span and value rules; offsets index the original text. Thread-safe after {@link #load()}.
 */
public final class FigureExtractor {
  private final FigureLexicon lexicon;
  private final FigureScanner scanner;
  private final CarriedUnit carried;

  private FigureExtractor(FigureLexicon lexicon) {
    this.lexicon = lexicon;
    this.scanner = new FigureScanner(lexicon);
    this.carried = new CarriedUnit(lexicon);
  }

  /** Loads the bundled lexicons; a missing resource is an {@link java.io.UncheckedIOException}. */
  public static FigureExtractor load() {
    return new FigureExtractor(FigureLexicon.load());
  }

  /** The figures of {@code text}, sentence by sentence; {@link Figure#sentence()} indexes {@code sentences}. */
  public List<Figure> extract(String text, List<Sentence> sentences, Language lang) {
    List<Figure> figures = new ArrayList<>();
    CurrencyChoice currencies = lexicon.currencyChoice(lang, text);
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      List<FigureToken> tokens = FigureTokenizer.tokenize(text, sentence.start(), sentence.end());
      figures.addAll(scanner.scan(text, tokens, s, lang, currencies));
    }
    return List.copyOf(PercentSeries.apply(text, carried.apply(text, figures, lang)));
  }
}
