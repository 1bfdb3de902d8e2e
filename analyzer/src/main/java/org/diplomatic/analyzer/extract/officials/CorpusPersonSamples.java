package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.GoldDocument.GoldSentence;
import org.diplomatic.analyzer.eval.GoldDocument.GoldSpan;
import org.diplomatic.analyzer.text.Token;

/** Turns a gold corpus document into name samples: one per gold sentence, officials' mentions and other persons as names. */
public final class CorpusPersonSamples {
  private CorpusPersonSamples() {}

  /** Every gold person span of a document (officials' mentions and other persons). */
  public static List<GoldSpan> personSpans(GoldDocument doc) {
    List<GoldSpan> spans = new ArrayList<>(doc.otherPersons());
    doc.officials().forEach(o -> spans.addAll(o.mentions()));
    return spans;
  }

  /**
   * One sample per gold sentence, the first clearing the finder's memory of earlier documents; a name that starts
   * inside a token (after a clitic) covers the whole token.
   */
  public static List<NameSample> of(GoldDocument doc) {
    NameTokenizer tokenizer = new NameTokenizer();
    List<GoldSpan> persons = personSpans(doc);
    List<NameSample> samples = new ArrayList<>();
    for (GoldSentence sentence : doc.sentences()) {
      List<Token> tokens = tokenizer.tokenize(doc.text(), sentence.start(), sentence.end());
      if (tokens.isEmpty()) {
        continue;
      }
      boolean[] taken = new boolean[tokens.size()];
      List<Span> names = new ArrayList<>();
      for (GoldSpan p : persons) {
        if (p.start() < sentence.start() || p.end() > sentence.end()) {
          continue;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          if (t.end() > p.start() && t.start() < p.end()) {
            first = first < 0 ? i : first;
            last = i;
          }
        }
        if (first < 0 || anyTaken(taken, first, last)) {
          continue;
        }
        for (int i = first; i <= last; i++) {
          taken[i] = true;
        }
        names.add(new Span(first, last + 1, ConllPersonSamples.TYPE));
      }
      names.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
      // the finder remembers a document's earlier names, as at run time, and forgets them at the next document
      samples.add(new NameSample(tokens.stream().map(Token::text).toArray(String[]::new), names.toArray(Span[]::new),
          samples.isEmpty()));
    }
    return samples;
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
