package org.diplomatic.analyzer.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.classify.Area;
import org.diplomatic.analyzer.classify.AreaClassifier;
import org.diplomatic.analyzer.classify.AreaModel;
import org.diplomatic.analyzer.dates.DateHints;
import org.diplomatic.analyzer.dates.DocumentDater;
import org.diplomatic.analyzer.extract.commitments.Commitment;
import org.diplomatic.analyzer.extract.commitments.CommitmentExtractor;
import org.diplomatic.analyzer.extract.commitments.MinutesParser;
import org.diplomatic.analyzer.extract.commitments.Party;
import org.diplomatic.analyzer.extract.figures.Figure;
import org.diplomatic.analyzer.extract.figures.FigureExtractor;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.OfficialsExtractor;
import org.diplomatic.analyzer.extract.officials.People;
import org.diplomatic.analyzer.extract.quotes.Quote;
import org.diplomatic.analyzer.extract.quotes.QuoteExtractor;
import org.diplomatic.analyzer.text.CachingArabicSegmenter;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.LanguageDetector;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.TextInput;
import org.diplomatic.analyzer.text.Tokenizer;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Runs the analysis stages in a fixed order, each needing only what the ones before it add: language (from the
 * text) -> genre -> sentences -> tokens on demand (CoreNLP segmenter for Arabic, cached per word type; ZWNJ-aware
 * words for Persian; see {@link Segmentation}) -> figures (need sentences) -> officials
 * and person names (need sentences) -> quotes (need officials for speakers) -> commitments (need officials and quote
 * speakers for holders) -> areas (sentence scores in one batch; document areas aggregated from them, and each
 * commitment gets the areas of its own clause and the figures inside it); the document date needs only the text and
 * the hints. Thread-safe; build one and share it.
 */
public final class Pipeline {
  private final LanguageDetector languages = new LanguageDetector();
  private final GenreDetector genres = new GenreDetector();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer arabic;
  private final Tokenizer persian = new WordTokenizer();
  private final FigureExtractor figures = FigureExtractor.load();
  private final OfficialsExtractor officials;
  private final QuoteExtractor quotes;
  private final CommitmentExtractor commitments;
  private final AreaClassifier areas;
  private final MinutesParser minutes = new MinutesParser();
  private final DocumentDater dates = DocumentDater.load();

  public Pipeline(PipelineConfig config) {
    this.arabic = config.segmentArabic() ? new LazyTokenizer(CachingArabicSegmenter::new) : new WordTokenizer();
    this.officials = OfficialsExtractor.load(config.modelsDir().resolve("ner"));
    this.quotes = new QuoteExtractor(officials.lexicon());
    this.commitments = CommitmentExtractor.load(config.modelsDir());
    this.areas = new AreaClassifier(AreaModel.load(config.modelsDir().resolve("areas")));
  }

  public AnalyzedDocument analyze(TextInput input) {
    return analyze(input, DateHints.NONE);
  }

  /** Analyzes with dates known from outside the text (the user's, the metadata's). */
  public AnalyzedDocument analyze(TextInput input, DateHints hints) {
    String text = input.text();
    Language lang = languages.detect(text);
    String genre = genres.detect(text);
    List<Sentence> sentences = splitter.split(text);
    Segmentation tokens = new Segmentation(text, sentences, lang == Language.ARABIC ? arabic : persian);
    List<Figure> found = figures.extract(text, sentences, lang);
    People people = officials.analyze(text, sentences, lang);
    List<Quote> quoted = quotes.extract(text, sentences, lang, people);
    List<Commitment> promised = commitments.extract(text, sentences, genre, parties(people.officials()),
        speakers(quoted));
    List<String> texts = new ArrayList<>(sentences.stream().map(Sentence::text).toList());
    promised.forEach(c -> texts.add(c.text()));
    float[][] scores = areas.scores(texts);
    float[][] sentenceScores = java.util.Arrays.copyOf(scores, sentences.size());
    List<Area> documentAreas = areas.documentAreas(lang.code(), texts.subList(0, sentences.size()), sentenceScores);
    List<Commitment> withAreas = new ArrayList<>();
    for (int i = 0; i < promised.size(); i++) {
      Commitment c = promised.get(i);
      withAreas.add(c.withAreas(areas.sentenceAreas(scores[sentences.size() + i]).stream().map(Area::label).toList())
          .withFigures(figuresWithin(found, c)));
    }
    return new AnalyzedDocument(DocumentId.of(text), input.source(), text, lang, genre, sentences, tokens, found,
        people.officials(), people.persons(), quoted, withAreas, documentAreas,
        "minutes".equals(genre) ? minutes.parse(text) : null,
        dates.date(text, lang == Language.PERSIAN, hints).orElse(null));
  }

  /** Indices of the figures whose span lies inside the commitment's. */
  private static List<Integer> figuresWithin(List<Figure> figures, Commitment c) {
    List<Integer> inside = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).start() >= c.start() && figures.get(i).end() <= c.end()) {
        inside.add(i);
      }
    }
    return inside;
  }

  private static List<Party> parties(List<Official> officials) {
    return officials.stream().map(o -> new Party(o.name(), o.mentions())).toList();
  }

  private static List<Party> speakers(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.speaker() != null)
        .map(q -> new Party(q.speaker(), List.of(new Span(q.start(), q.end())))).toList();
  }
}
