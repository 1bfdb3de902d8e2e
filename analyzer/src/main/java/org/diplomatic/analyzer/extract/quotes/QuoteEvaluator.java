package org.diplomatic.analyzer.extract.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.FMeasure;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.GoldDocument.GoldQuote;
import org.diplomatic.analyzer.extract.officials.OfficialsEvaluator;
import org.diplomatic.analyzer.extract.officials.OfficialsExtractor;
import org.diplomatic.analyzer.extract.officials.OfficialsLexicon;
import org.diplomatic.analyzer.extract.officials.PersonNameEvaluator;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;

/**
 * Scores quotes on gold documents (over gold sentences), per language: quotes by exact span, and speaker accuracy
 * on the matched ones, with the officials the extractor finds (end to end) and with the gold officials' names.
 */
public final class QuoteEvaluator {
  /** The measures of one language. */
  public static final class Scores {
    final Language lang;
    final FMeasure quotes = new FMeasure();
    int matched;
    int speakersRight;

    Scores(Language lang) {
      this.lang = lang;
    }

    public Language lang() {
      return lang;
    }

    public FMeasure quotes() {
      return quotes;
    }

    /** Share of matched quotes whose speaker equals the gold speaker (both null counts as right). */
    public double speakerAccuracy() {
      return matched == 0 ? 0 : (double) speakersRight / matched;
    }

    @Override
    public String toString() {
      return String.format("%s quotes: %s; speaker accuracy %.3f on %d matched", lang.code(), quotes,
          speakerAccuracy(), matched);
    }
  }

  private QuoteEvaluator() {}

  public static List<Scores> evaluate(OfficialsExtractor officials, QuoteExtractor quotes, List<GoldDocument> docs) {
    Map<Language, Scores> byLang = new HashMap<>();
    for (GoldDocument doc : docs) {
      Language lang = Language.fromCode(doc.lang());
      Scores s = byLang.computeIfAbsent(lang, Scores::new);
      List<Sentence> sentences = PersonNameEvaluator.goldSentences(doc);
      List<Quote> found = quotes.extract(doc.text(), sentences, lang, officials.analyze(doc.text(), sentences, lang));
      Map<Span, GoldQuote> gold = new HashMap<>();
      doc.quotes().forEach(g -> gold.putIfAbsent(new Span(g.start(), g.end()), g));
      long tp = 0;
      for (Quote q : found) {
        GoldQuote g = gold.get(new Span(q.start(), q.end()));
        if (g != null) {
          tp++;
          s.matched++;
          s.speakersRight += same(q.speaker(), g.speaker()) ? 1 : 0;
        }
      }
      s.quotes.add(tp, found.size() - tp, doc.quotes().size() - tp);
    }
    List<Scores> out = new ArrayList<>(byLang.values());
    out.sort((a, b) -> a.lang.compareTo(b.lang));
    return out;
  }

  /**
   * Prints officials and quote scores on the test split: args are the corpus folder and the models folder
   * (models/ner); "-" for the models runs the title rules alone.
   */
  public static void main(String[] args) {
    GoldCorpus corpus = GoldCorpus.open(Path.of(args[0]));
    OfficialsExtractor officials = args[1].equals("-")
        ? new OfficialsExtractor(OfficialsLexicon.load(), Map.of())
        : OfficialsExtractor.load(Path.of(args[1]));
    List<GoldDocument> test = corpus.documents(GoldCorpus.Split.TEST);
    OfficialsEvaluator.evaluate(officials, test).forEach(System.out::println);
    evaluate(officials, new QuoteExtractor(officials.lexicon()), test).forEach(System.out::println);
  }

  private static boolean same(String a, String b) {
    return a == null || b == null ? a == b : OfficialsEvaluator.key(a).equals(OfficialsEvaluator.key(b));
  }
}
