package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.ledger.LedgerEvaluator;
import org.diplomatic.analyzer.ledger.LedgerStore;
import org.diplomatic.analyzer.registry.RegistryStore;

/**
 * What {@code index} does after its last commit when it adds documents to an index: bring the registry of officials
 * and the ledger up to date. An index of {@code docs} documents (the corpus's gold analysis cloned, each clone its own
 * id and a date over 2000-2009, fixed seed; no NLP model) gets its registry and ledger built in full, then
 * {@value #ADDED} more clones twice: dated after every indexed document (an archive growing with the news), then at
 * random over the same years (an older archive brought in late: the ledger relinks from its oldest statement).
 * Each update is timed in this JVM as {@code index} runs it; the last line is the {@code index} command itself in a
 * fresh JVM adding {@value #ADDED} generated files to the index (analysis and model load included).
 */
public final class IndexUpdateBench {
  private static final int ADDED = 1000;

  private IndexUpdateBench() {}

  /** The section's lines. */
  public static String run(BenchConfig config, int docs, PrintWriter progress) {
    DeadlineDates deadlines = DeadlineDates.load();
    List<IndexedDocument> base = GoldCorpus.open(config.corpus()).all().stream()
        .map(d -> LedgerEvaluator.fromGold(d, deadlines)).toList();
    Random random = new Random(config.seed());
    StringBuilder out = new StringBuilder("\nregistry and ledger update after 'index' (" + docs + " documents, +"
        + ADDED + ")\n");
    try (TempDirs dirs = new TempDirs()) {
      Path index = dirs.fresh("index-update");
      add(index, clones(base, 0, docs, 0, random));
      out.append(update("full build", index, config.models()));
      progress.println("bench: index update, full build done");
      progress.flush();
      add(index, clones(base, docs, ADDED, 3650, random));
      out.append(update("+" + ADDED + " newer", index, config.models()));
      add(index, clones(base, docs + ADDED, ADDED, 0, random));
      out.append(update("+" + ADDED + " dated at random", index, config.models()));
      progress.println("bench: index update, in-process updates done; the 'index' command next");
      progress.flush();
      Path input = dirs.fresh("index-update-input");
      Files.createDirectories(input);
      int i = 0;
      for (SyntheticDocument d : WorkloadGenerator.fromCorpus(config.corpus()).generate(ADDED, config.seed() + 2)
          .documents()) {
        Files.writeString(input.resolve(String.format("more-%05d.txt", i++)), d.text());
      }
      List<String> command = ChildJvm.command(List.of("-Xmx" + IndexCommandRun.HEAP_MB + "m"), List.of("index",
          "--index", index.toString(), "--models", config.models().toString(), input.toString()));
      out.append(String.format("  'index' command, new JVM, -Xmx%dm: +%d files in %.1f s (analysis, model load, "
          + "registry and ledger update)%n", IndexCommandRun.HEAP_MB, ADDED, ChildJvm.runMillis(command) / 1000));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the files of the index update bench", e);
    }
    return out.toString();
  }

  private static String update(String what, Path index, Path models) {
    long start = System.nanoTime();
    RegistryStore.open(index);
    double registry = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    LedgerStore.of(index, models).open().close();
    double ledger = (System.nanoTime() - start) / 1e9;
    return String.format("  %-22s registry %6.2f s, ledger %6.2f s%n", what, registry, ledger);
  }

  private static void add(Path index, List<IndexedDocument> docs) {
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      docs.forEach(w::add);
      w.commit();
    }
  }

  /** {@code n} clones numbered from {@code from}, dated {@code offset} days or more after 2000-01-01. */
  private static List<IndexedDocument> clones(List<IndexedDocument> base, int from, int n, int offset,
      Random random) {
    List<IndexedDocument> out = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      IndexedDocument d = base.get(i % base.size());
      String date = LocalDate.of(2000, 1, 1).plusDays(offset + random.nextInt(3650)).toString();
      String id = String.format("clone-%06d", i);
      out.add(new IndexedDocument(id, "clones/" + id + ".txt", d.lang(), d.genre(), d.text(), d.officials(),
          d.areas(), d.figures(), d.commitments(), d.years(), date));
    }
    return out;
  }
}
