package org.diplomatic.analyzer.extract.officials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.diplomatic.analyzer.extract.names.WordFeatures;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;

/**
 * Runs a trained OpenNLP person-name model over sentences; needs the model, produces name mentions with offsets.
 * Decoding shares each token's features across beam candidates ({@link SharedContextBeamSearch}); same names.
 */
public final class PersonNameFinder {
  private final TokenNameFinderModel model;
  private final ThreadSafeNameFinderME finder;
  private final NameTokenizer tokenizer = new NameTokenizer();
  private final boolean persian;
  private final WordFeatures words;

  /** A finder decoding with its language's {@link #defaultOutsideBias}. */
  public PersonNameFinder(TokenNameFinderModel model) {
    this(model, defaultOutsideBias(model.getLanguage()));
  }

  /** A finder whose decoder lowers the outside outcome by {@code outsideBias} (0: OpenNLP's own names). */
  public PersonNameFinder(TokenNameFinderModel model, double outsideBias) {
    this.model = model;
    this.finder = new ThreadSafeNameFinderME(SharedContextNameFinderModel.of(model, outsideBias));
    this.persian = "fa".equals(model.getLanguage());
    Object artifact = model.getArtifact(PersonWordFeatures.KEY);
    this.words = artifact instanceof WordFeatures w ? w : null;
  }

  /**
   * How much the decoder lowers the outside outcome for a model of {@code lang}. The perceptrons trained on the NER
   * corpora find too few names in published news (high precision, low recall); a bias of 0.1 (ar) and 0.2 (fa) finds
   * more on the corpus and real dev splits and the NER held-out parts alike, larger ones lose precision on all three
   * (models/ner/README.md).
   */
  public static double defaultOutsideBias(String lang) {
    return switch (lang) {
      case "ar" -> 0.1;
      case "fa" -> 0.2;
      default -> 0;
    };
  }

  /** Loads a model file written by {@link PersonNameTrainer}; a missing or bad file is an {@link UncheckedIOException}. */
  public static PersonNameFinder load(Path modelFile) {
    try {
      return new PersonNameFinder(SharedContextNameFinderModel.load(modelFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read person-name model " + modelFile, e);
    }
  }

  public TokenNameFinderModel model() {
    return model;
  }

  /**
   * True for a word among the frequent words of the published news the model's word classes were learned from
   * (60,000 in Arabic; {@code person.words}); false without word classes. Rare surnames ("الخريشا") are not.
   */
  public boolean isFrequentWord(String word) {
    return words != null && (words.contains(word) || persian && words.contains(persianLetters(word)));
  }

  /** Person names in the sentences of one document, in text order. */
  public List<PersonMention> find(String text, List<Sentence> sentences) {
    finder.clearAdaptiveData();
    List<PersonMention> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = tokenizer.tokenize(text, sentence);
      if (tokens.isEmpty()) {
        continue;
      }
      for (Span span : find(tokens.stream().map(t -> persian ? persianLetters(t.text()) : t.text()).toArray(String[]::new))) {
        int start = tokens.get(span.getStart()).start();
        int end = tokens.get(span.getEnd() - 1).end();
        found.add(new PersonMention(text.substring(start, end), start, end));
      }
    }
    finder.clearAdaptiveData();
    return found;
  }

  /**
   * Persian typed with Arabic yeh and kaf (ي، ك، ى, common in older Persian news) in the Persian letters the
   * Persian model was trained on, and a bidi mark typed inside a word as the ZWNJ it stands for; offsets do not change.
   */
  static String persianLetters(String word) {
    return word.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC').replace('\u0643', '\u06A9')
        .replace('\u200E', '\u200C').replace('\u200F', '\u200C');
  }

  /** Token spans of the person names in one tokenized sentence. */
  public Span[] find(String[] tokens) {
    return finder.find(tokens);
  }

  /** Forgets what was seen in earlier sentences (call between documents when using {@link #find(String[])}). */
  public void clearAdaptiveData() {
    finder.clearAdaptiveData();
  }
}
