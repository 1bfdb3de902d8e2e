package org.diplomatic.analyzer.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.ArabicSegmenter;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.LanguageDetector;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;
import org.diplomatic.analyzer.text.TextInput;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.Tokenizer;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Runs the analysis stages in a fixed order, each needing only what the ones before it add: language (from the
 * text) -> genre -> sentences -> tokens (CoreNLP segmenter for Arabic, ZWNJ-aware words for Persian). Thread-safe;
 * build one and share it.
 */
public final class Pipeline {
  private final LanguageDetector languages = new LanguageDetector();
  private final GenreDetector genres = new GenreDetector();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer arabic;
  private final Tokenizer persian = new WordTokenizer();

  public Pipeline(PipelineConfig config) {
    this.arabic = config.segmentArabic() ? new ArabicSegmenter() : new WordTokenizer();
  }

  public AnalyzedDocument analyze(TextInput input) {
    String text = input.text();
    Language lang = languages.detect(text);
    String genre = genres.detect(text);
    List<Sentence> sentences = splitter.split(text);
    Tokenizer tokenizer = lang == Language.ARABIC ? arabic : persian;
    List<List<Token>> tokens = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      tokens.add(tokenizer.tokenize(text, s));
    }
    return new AnalyzedDocument(DocumentId.of(text), input.source(), text, lang, genre, sentences, tokens);
  }
}
