package org.diplomatic.analyzer.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Baseline: OpenNLP's maxent DocumentCategorizer, one yes/no model per area (one-vs-rest) trained on the same
 * labelled sentences as the network; a document has an area when one of its sentences is a "yes" for it.
 */
public final class DoccatAreaBaseline implements DocumentAreaPredictor {
  private final Map<String, DocumentCategorizerME> perLabel;
  private final WordTokenizer tokenizer = new WordTokenizer();

  private DoccatAreaBaseline(Map<String, DocumentCategorizerME> perLabel) {
    this.perLabel = perLabel;
  }

  public static DoccatAreaBaseline train(List<AreaDocument> trainDocs) {
    WordTokenizer tokenizer = new WordTokenizer();
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    Map<String, DocumentCategorizerME> models = new LinkedHashMap<>();
    for (String label : Vocabulary.AREAS) {
      List<DocumentSample> samples = new ArrayList<>();
      for (AreaDocument d : trainDocs) {
        for (AreaExample s : d.sentences()) {
          samples.add(new DocumentSample(s.labels().contains(label) ? "yes" : "no", words(tokenizer, s.text())));
        }
      }
      if (samples.stream().noneMatch(s -> s.getCategory().equals("yes"))) {
        continue; // maxent needs two outcomes; a label never seen in training is never predicted
      }
      try {
        DoccatModel model =
            DocumentCategorizerME.train("x", new CollectionObjectStream<>(samples), params, new DoccatFactory());
        models.put(label, new DocumentCategorizerME(model));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot train the doccat baseline for " + label, e);
      }
    }
    return new DoccatAreaBaseline(models);
  }

  @Override
  public Set<String> predict(AreaDocument document) {
    Set<String> out = new HashSet<>();
    for (String text : document.texts()) {
      String[] words = words(tokenizer, text);
      for (Map.Entry<String, DocumentCategorizerME> e : perLabel.entrySet()) {
        DocumentCategorizerME me = e.getValue();
        synchronized (me) {
          if ("yes".equals(me.getBestCategory(me.categorize(words)))) {
            out.add(e.getKey());
          }
        }
      }
    }
    return out;
  }

  private static String[] words(WordTokenizer tokenizer, String text) {
    List<Token> tokens = tokenizer.tokenize(text, new Sentence(text, 0, text.length()));
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).form();
    }
    return words.length == 0 ? new String[] {"_"} : words;
  }
}
