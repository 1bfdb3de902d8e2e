package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;
import org.diplomatic.analyzer.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared-context decoder against OpenNLP's own on the trained models and every corpus sentence. */
class SharedContextBeamSearchTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));

  @ParameterizedTest
  @ValueSource(strings = {"ar", "fa"})
  void findsTheSameNamesWithTheSameProbabilitiesAsOpenNlpOnEveryCorpusSentence(String lang) throws IOException {
    Path file = ROOT.resolve("models/ner/" + lang + "-person.bin");
    NameFinderME reference = new NameFinderME(new TokenNameFinderModel(file));
    NameFinderME shared = new NameFinderME(SharedContextNameFinderModel.load(file));
    int sentences = 0;
    int names = 0;
    for (String[][] document : documents(lang)) {
      for (String[] tokens : document) {
        Span[] expected = reference.find(tokens);
        assertArrayEquals(expected, shared.find(tokens), String.join(" ", tokens));
        assertArrayEquals(reference.probs(), shared.probs(), 0.0);
        sentences++;
        names += expected.length;
      }
      reference.clearAdaptiveData();
      shared.clearAdaptiveData();
    }
    assertTrue(sentences > 1000, "sentences: " + sentences);
    assertTrue(names > 100, "names: " + names);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "fa"})
  void previousOutcomeFeaturesAreTheTailOfOpenNlpsNameContext(String lang) throws IOException {
    TokenNameFinderModel model = new TokenNameFinderModel(ROOT.resolve("models/ner/" + lang + "-person.bin"));
    NameContextGenerator generator = model.getFactory().createContextGenerator();
    String[] tokens = documents(lang).get(0)[1];
    String[] outcomes = {NameFinderME.OTHER, "person-" + NameFinderME.START, "person-" + NameFinderME.CONTINUE};
    for (int i = 0; i < tokens.length; i++) {
      String[] before = new String[i];
      for (int k = 0; k < i; k++) {
        before[k] = outcomes[(k * 7 + i) % 3];
      }
      String[] full = generator.getContext(i, tokens, before, null);
      String[] shared = generator.getContext(i, tokens, null, null);
      List<String> joined = new ArrayList<>(Arrays.asList(shared));
      joined.addAll(Arrays.asList(PreviousOutcomeFeatures.of(tokens, i, before).features()));
      assertEquals(Arrays.asList(full), joined);
    }
  }

  /** Each corpus document of one language as tokenized sentences, the way {@link PersonNameFinder} feeds them. */
  private static List<String[][]> documents(String lang) {
    NameTokenizer tokenizer = new NameTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    List<String[][]> out = new ArrayList<>();
    for (GoldDocument d : GoldCorpus.open(ROOT.resolve("corpus")).all()) {
      if (d.lang().equals(lang)) {
        List<String[]> sentences = new ArrayList<>();
        for (Sentence s : splitter.split(d.text())) {
          List<Token> tokens = tokenizer.tokenize(d.text(), s.start(), s.end());
          if (!tokens.isEmpty()) {
            sentences.add(tokens.stream().map(Token::text).toArray(String[]::new));
          }
        }
        out.add(sentences.toArray(new String[0][]));
      }
    }
    return out;
  }
}
