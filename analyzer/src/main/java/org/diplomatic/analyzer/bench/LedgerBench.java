package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.StoredDocuments;
import org.diplomatic.analyzer.ledger.ContentSimilarity;
import org.diplomatic.analyzer.ledger.DocumentParties;
import org.diplomatic.analyzer.ledger.Ledger;
import org.diplomatic.analyzer.ledger.LedgerEvaluator;
import org.diplomatic.analyzer.ledger.LedgerFile;
import org.diplomatic.analyzer.ledger.LedgerStore;
import org.diplomatic.analyzer.ledger.LinkerSettings;
import org.diplomatic.analyzer.ledger.PairScorer;
import org.diplomatic.analyzer.ledger.Statement;
import org.diplomatic.analyzer.ledger.StatementReader;
import org.diplomatic.analyzer.ledger.WordWeights;

/**
 * The ledger section of {@code bench}: a cold {@code ledger} command (a fresh JVM, median of the cold runs) on an
 * index of the corpus documents (their gold analysis stored as {@code index} stores the pipeline's), and on a ledger
 * of {@code docs} documents: the corpus documents again and again, each copy with its own id and a date drawn from
 * 2000-2029 (fixed seed), its statements (read once per corpus document) linked in this JVM and written beside a
 * small index. The first build time includes reading the index; the second is linking only. The cold runs read only
 * the ledger files.
 */
public final class LedgerBench {
  /** The queries timed cold: every promise of a pair (table), and a narrow one as JSON. */
  private static final List<List<String>> QUERIES = List.of(List.of("--pair", "IQ-IR"),
      List.of("--pair", "EG-SA", "--area", "energy", "--from", "2025", "--format", "json"));

  private LedgerBench() {}

  public static String section(Path corpus, Path models, int docs, int coldRuns, long seed, PrintWriter err) {
    try (TempDirs dirs = new TempDirs()) {
      DeadlineDates deadlines = DeadlineDates.load();
      List<IndexedDocument> base = GoldCorpus.open(corpus).all().stream()
          .map(d -> LedgerEvaluator.fromGold(d, deadlines)).toList();
      StringBuilder out = new StringBuilder("== ledger (cold 'ledger' command, median of " + coldRuns
          + " fresh JVMs)\n");
      Path small = dirs.fresh("ledger-corpus");
      try (DocumentIndexer w = DocumentIndexer.open(small)) {
        base.forEach(w::add);
        w.commit();
      }
      long start = System.nanoTime();
      Ledger ledger = LedgerStore.of(small, models).update();
      out.append(row(base.size(), ledger, (System.nanoTime() - start) / 1e9, small, coldRuns));
      err.println("ledger bench: corpus index done; building a ledger of " + docs + " documents");
      Path large = dirs.fresh("ledger-large");
      try (DocumentIndexer w = DocumentIndexer.open(large)) {
        w.add(base.get(0));
        w.commit();
      }
      start = System.nanoTime();
      ledger = synthetic(base, docs, seed, StoredDocuments.commitName(large), WordWeights.load(models),
          PairScorer.of(models, LinkerSettings.defaults()));
      double build = (System.nanoTime() - start) / 1e9;
      LedgerFile.write(ledger, large);
      out.append(row(docs, ledger, build, large, coldRuns));
      return out.toString();
    }
  }

  private static Ledger synthetic(List<IndexedDocument> base, int docs, long seed, String commit,
      WordWeights weights, PairScorer scorer) {
    Random random = new Random(seed);
    StatementReader reader = new StatementReader(new DocumentParties());
    List<List<Statement>> read = base.stream().map(reader::read).toList();
    Map<String, String> dates = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      String id = "syn-" + i;
      String date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(30 * 365)).toString();
      dates.put(id, date);
      for (Statement s : read.get(i % base.size())) {
        statements.add(new Statement(id, "synthetic/" + i + "/" + s.source(), s.lang(), date, s.item(), s.start(),
            s.end(), s.text(), s.kind(), s.holder(), s.deadline(), s.deadlineIso(), s.areas(), s.countries(),
            s.amounts(), s.terms()));
      }
    }
    return LedgerStore.build(commit, dates, statements, new ContentSimilarity(weights), LinkerSettings.defaults(),
        scorer);
  }

  private static String row(int docs, Ledger ledger, double buildSeconds, Path index, int coldRuns) {
    StringBuilder sb = new StringBuilder();
    long bytes;
    try {
      bytes = Files.size(index.resolve(LedgerFile.LEDGER)) + Files.size(index.resolve(LedgerFile.STATEMENTS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sb.append(String.format("%,d documents: %,d statements, %,d promises; built in %.1f s; files %.1f MB%n", docs,
        ledger.statements().size(), ledger.promises().size(), buildSeconds, bytes / 1e6));
    for (List<String> query : QUERIES) {
      List<String> args = new ArrayList<>(List.of("ledger", "--index", index.toString()));
      args.addAll(query);
      List<String> command = ChildJvm.command(List.of(), args);
      double[] millis = new double[coldRuns];
      for (int r = 0; r < coldRuns; r++) {
        millis[r] = ChildJvm.runMillis(command);
      }
      sb.append(String.format("  ledger %s: %.0f ms%n", String.join(" ", query), Percentiles.median(millis)));
    }
    return sb.toString();
  }
}
