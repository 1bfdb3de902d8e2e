package org.diplomatic.analyzer.extract.officials;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.diplomatic.analyzer.eval.FMeasure;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.text.Sentence;

/** Scores a person-name finder by exact span match, on token samples or on gold corpus documents. */
public final class PersonNameEvaluator {
  private PersonNameEvaluator() {}

  /** Exact token-span match on held-out samples, adaptive data cleared per sample. */
  public static FMeasure evaluate(PersonNameFinder finder, List<NameSample> samples) {
    FMeasure f = new FMeasure();
    for (NameSample sample : samples) {
      finder.clearAdaptiveData();
      Set<Span> predicted = new HashSet<>(List.of(finder.find(sample.getSentence())));
      Set<Span> gold = new HashSet<>(List.of(sample.getNames()));
      count(f, predicted, gold);
    }
    finder.clearAdaptiveData();
    return f;
  }

  /** Exact character-span match of found mentions against every gold person span, over gold sentences. */
  public static FMeasure evaluateOnCorpus(
      List<GoldDocument> docs, BiFunction<String, List<Sentence>, List<PersonMention>> mentions) {
    FMeasure f = new FMeasure();
    for (GoldDocument doc : docs) {
      Set<org.diplomatic.analyzer.text.Span> predicted = new HashSet<>();
      mentions.apply(doc.text(), goldSentences(doc)).forEach(m -> predicted.add(m.span()));
      Set<org.diplomatic.analyzer.text.Span> gold = new HashSet<>();
      CorpusPersonSamples.personSpans(doc)
          .forEach(g -> gold.add(new org.diplomatic.analyzer.text.Span(g.start(), g.end())));
      count(f, predicted, gold);
    }
    return f;
  }

  /** The gold sentences of a document as {@link Sentence}s. */
  public static List<Sentence> goldSentences(GoldDocument doc) {
    return doc.sentences().stream().map(s -> new Sentence(s.text(), s.start(), s.end())).toList();
  }

  static <T> void count(FMeasure f, Set<T> predicted, Set<T> gold) {
    long tp = predicted.stream().filter(gold::contains).count();
    f.add(tp, predicted.size() - tp, gold.size() - tp);
  }
}
