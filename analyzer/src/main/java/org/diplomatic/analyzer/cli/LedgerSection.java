package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.ScoreTable;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.ledger.ContentSimilarity;
import org.diplomatic.analyzer.ledger.DocumentParties;
import org.diplomatic.analyzer.ledger.LedgerEvaluator;
import org.diplomatic.analyzer.ledger.LedgerGold;
import org.diplomatic.analyzer.ledger.LedgerStore;
import org.diplomatic.analyzer.ledger.LinkerSettings;
import org.diplomatic.analyzer.ledger.PairScorer;
import org.diplomatic.analyzer.ledger.PairScorerValidation;
import org.diplomatic.analyzer.ledger.Promise;
import org.diplomatic.analyzer.ledger.Statement;
import org.diplomatic.analyzer.ledger.StatementReader;
import org.diplomatic.analyzer.ledger.WordWeights;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.TextInput;

/**
 * The {@code evaluate} section on the ledger of commitments: the series of {@code corpus/ledger} on dev and test
 * side by side, from gold commitments and end to end (the pipeline's commitments, officials, figures and dates),
 * and the link labels and statuses from gold commitments linked as the gold links them;
 * then how many promises of the real set span several documents (it has no ledger gold). A dev run scores dev alone,
 * so that tuning never sees the test series' totals.
 */
final class LedgerSection {
  private LedgerSection() {}

  static void run(GoldCorpus gold, GoldCorpus.Split which, Optional<GoldCorpus> real, Path modelsDir,
      ScoreTable table, PrintWriter out, PrintWriter err) {
    run(gold, which, real, modelsDir, table, false, out, err);
  }

  /**
   * Leave-one-series-out cross-validation of the pair scorers on the dev series ({@link PairScorerValidation}), from
   * gold commitments and end to end.
   */
  static void crossValidate(GoldCorpus gold, Optional<GoldCorpus> real, Path modelsDir, PrintWriter out,
      PrintWriter err) {
    Path dir = gold.root().resolve("ledger");
    if (!Files.isRegularFile(dir.resolve("series.tsv"))) {
      err.println("analyzer: ledger cross-validation skipped: no " + dir.resolve("series.tsv"));
      return;
    }
    LedgerGold series = LedgerGold.read(dir);
    DeadlineDates deadlines = DeadlineDates.load();
    Pipeline pipeline = new Pipeline(PipelineConfig.defaults(modelsDir));
    List<GoldDocument> docs = series.documentsIn(gold, GoldCorpus.Split.DEV);
    List<IndexedDocument> fromGold = docs.stream().map(d -> LedgerEvaluator.fromGold(d, deadlines)).toList();
    List<IndexedDocument> analyzed = docs.stream()
        .map(d -> IndexMapping.of(pipeline.analyze(new TextInput(d.id(), d.text())))).toList();
    out.printf("%n== ledger pair scorers, dev series, leave one series out%n");
    PairScorerValidation.run(series, docs, fromGold, analyzed, real, new StatementReader(new DocumentParties()),
        WordWeights.load(modelsDir), LinkerSettings.defaults()).forEach(out::println);
  }

  /** As above; {@code pairs} (dev only) also prints the items each dev run put in the wrong promise. */
  static void run(GoldCorpus gold, GoldCorpus.Split which, Optional<GoldCorpus> real, Path modelsDir,
      ScoreTable table, boolean pairs, PrintWriter out, PrintWriter err) {
    Path dir = gold.root().resolve("ledger");
    if (!Files.isRegularFile(dir.resolve("series.tsv"))) {
      err.println("analyzer: ledger evaluation skipped: no " + dir.resolve("series.tsv"));
      return;
    }
    LedgerGold series = LedgerGold.read(dir);
    StatementReader reader = new StatementReader(new DocumentParties());
    WordWeights weights = WordWeights.load(modelsDir);
    DeadlineDates deadlines = DeadlineDates.load();
    Pipeline pipeline = new Pipeline(PipelineConfig.defaults(modelsDir));
    LinkerSettings settings = LinkerSettings.defaults();
    PairScorer scorer = PairScorer.of(modelsDir, settings);
    out.printf("%n== ledger of commitments (corpus/ledger series: B-cubed of promises, link labels, status)%n");
    List<GoldCorpus.Split> splits = which == GoldCorpus.Split.DEV
        ? List.of(GoldCorpus.Split.DEV) : List.of(GoldCorpus.Split.DEV, GoldCorpus.Split.TEST);
    for (GoldCorpus.Split split : splits) {
      List<GoldDocument> docs = series.documentsIn(gold, split);
      List<IndexedDocument> fromGold = docs.stream().map(d -> LedgerEvaluator.fromGold(d, deadlines)).toList();
      List<IndexedDocument> analyzed = docs.stream()
          .map(d -> IndexMapping.of(pipeline.analyze(new TextInput(d.id(), d.text())))).toList();
      String name = split.name().toLowerCase(java.util.Locale.ROOT);
      // the labelling and status rules apart from linking: every statement joins its gold item's promise
      LedgerEvaluator.Scores links = LedgerEvaluator.withGoldLinks(series, docs, fromGold, reader,
          new ContentSimilarity(weights), LinkerSettings.defaults());
      out.printf("%-4s %-16s %d items, %d promises: label accuracy %.3f; status accuracy %.3f%n", name, "gold links",
          links.items(), links.promises(), links.labelAccuracy(), links.statusAccuracy());
      if (split == GoldCorpus.Split.DEV && !links.errors().isEmpty()) {
        out.println("     wrong: " + links.errors());
      }
      table.put("ledger link-label accuracy, gold links", "series " + name, links.labelAccuracy());
      table.put("ledger promise status accuracy, gold links", "series " + name, links.statusAccuracy());
      for (boolean endToEnd : new boolean[] {false, true}) {
        LedgerEvaluator.Scores s = LedgerEvaluator.evaluate(series, docs, endToEnd ? analyzed : fromGold, reader,
            new ContentSimilarity(weights), settings, scorer);
        String input = endToEnd ? "end to end" : "gold commitments";
        out.printf("%-4s %-16s %s%n", name, input, s);
        if (split == GoldCorpus.Split.DEV && !s.errors().isEmpty()) {
          out.println("     wrong: " + s.errors());
          if (pairs) {
            LedgerEvaluator.misplaced(series, docs, endToEnd ? analyzed : fromGold, reader,
                new ContentSimilarity(weights), settings, scorer).forEach(out::println);
          }
        }
        table.put("ledger B-cubed F1, " + input, "series " + name, s.f1());
        table.put("ledger link-label accuracy, " + input, "series " + name, s.labelAccuracy());
        table.put("ledger promise status accuracy, " + input, "series " + name, s.statusAccuracy());
      }
    }
    real.ifPresent(r -> {
      List<Statement> statements = new ArrayList<>();
      java.util.Map<String, String> documents = new java.util.LinkedHashMap<>();
      for (GoldDocument d : r.all()) {
        IndexedDocument doc = LedgerEvaluator.fromGold(d, deadlines);
        documents.put(doc.id(), doc.date());
        statements.addAll(reader.read(doc));
      }
      List<Promise> promises = LedgerStore.build(null, documents, statements, new ContentSimilarity(weights),
          settings, scorer).promises();
      long linked = promises.stream()
          .filter(p -> p.links().stream().filter(l -> l.statement() != null)
              .map(l -> l.statement().docId()).distinct().count() > 1).count();
      out.printf("real set (no ledger gold; gold commitments): %d documents, %d statements, %d promises, %d of "
          + "them across several documents%n", documents.size(), statements.size(), promises.size(), linked);
    });
  }
}
