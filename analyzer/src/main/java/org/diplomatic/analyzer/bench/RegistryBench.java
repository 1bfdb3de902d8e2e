package org.diplomatic.analyzer.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.registry.Registry;
import org.diplomatic.analyzer.registry.RegistryStore;

/**
 * The registry of officials: built from an index of the corpus documents with their gold officials (no NLP model
 * needed), then of {@code --search-docs} clones of them (fixed seed, dates over ten years, a tenth undated), each
 * clone also naming one official of a name recombined from the corpus's given names and surnames (about a fifth as
 * many such people as documents, so the registry grows as an archive's would). Times the registry's build from the
 * stored officials, an incremental update after 1,000 more documents, and the {@code officials} command in a fresh
 * JVM (median of {@code --cold-runs}) on both indexes, listing all people, by a name and by country and period,
 * beside {@code --version} in a fresh JVM (start-up alone), since a loaded machine stretches wall times.
 */
public final class RegistryBench {
  private static final int ADDED = 1000;

  private RegistryBench() {}

  /** The section's lines (table format). */
  public static String run(BenchConfig config, PrintWriter progress) {
    List<GoldDocument> gold = GoldCorpus.open(config.corpus()).all();
    List<IndexedDocument> base = gold.stream().map(RegistryBench::indexed).toList();
    StringBuilder out = new StringBuilder("\nregistry of officials\n");
    try (TempDirs dirs = new TempDirs()) {
      Path small = dirs.fresh("registry-corpus");
      index(small, base);
      long start = System.nanoTime();
      Registry corpus = RegistryStore.open(small);
      double corpusBuild = (System.nanoTime() - start) / 1e6;
      out.append(String.format("  corpus (%d documents, %d officials, %d people): built in %.0f ms; cold 'officials'"
              + " %s%n", base.size(), corpus.mentions().size(), corpus.people(), corpusBuild,
          cold(small, config.coldRuns())));
      progress.println("bench: registry of the corpus done");
      progress.flush();

      Path large = dirs.fresh("registry-large");
      Random random = new Random(config.seed());
      List<IndexedDocument> clones = clones(base, config.searchDocs(), random);
      start = System.nanoTime();
      index(large, clones);
      double indexSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      Registry built = RegistryStore.open(large);
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      long bytes = large.resolve(RegistryStore.FILE).toFile().length();
      progress.printf("bench: registry of %d documents built in %.1f s%n", clones.size(), buildSeconds);
      progress.flush();
      try (DocumentIndexer w = DocumentIndexer.open(large)) {
        clones(base, ADDED, random).forEach(d -> w.add(new IndexedDocument("more-" + d.id(), "more/" + d.source(),
            d.lang(), d.genre(), d.text(), d.officials(), d.areas(), d.figures(), d.commitments(), d.years(),
            d.date())));
        w.commit();
      }
      start = System.nanoTime();
      Registry updated = RegistryStore.open(large);
      double updateSeconds = (System.nanoTime() - start) / 1e9;
      out.append(String.format("  %d documents (index built in %.1f s): %d officials, %d people; registry built in "
              + "%.1f s, %.1f MB; +%d documents updated in %.2f s; cold 'officials' %s%n", clones.size(),
          indexSeconds, built.mentions().size(), built.people(), buildSeconds, bytes / 1e6, ADDED,
          updateSeconds, cold(large, config.coldRuns())));
      if (updated.documents().size() != clones.size() + ADDED) {
        throw new IllegalStateException("registry update lost documents: " + updated.documents().size());
      }
    }
    return out.toString();
  }

  /** Median wall times of the officials command in a new JVM: all people (first 20), by name, by country and year. */
  private static String cold(Path index, int runs) {
    if (runs == 0) {
      return "not run (--cold-runs 0)";
    }
    String dir = index.toString();
    return String.format("all %.0f ms, --name %.0f ms, --country --from --to %.0f ms (JVM start alone: %.0f ms)",
        median(List.of("officials", "--index", dir, "--limit", "20"), runs),
        median(List.of("officials", "--index", dir, "--name", "المعولي", "--format", "json"), runs),
        median(List.of("officials", "--index", dir, "--country", "IR", "--from", "2025", "--to", "2026",
            "--format", "csv"), runs), median(List.of("--version"), runs));
  }

  private static double median(List<String> args, int runs) {
    List<String> command = ChildJvm.command(List.of(), args);
    double[] millis = new double[runs];
    for (int r = 0; r < runs; r++) {
      millis[r] = ChildJvm.runMillis(command);
    }
    return Percentiles.median(millis);
  }

  private static IndexedDocument indexed(GoldDocument d) {
    List<IndexedDocument.Official> officials = d.officials().stream()
        .map(o -> new IndexedDocument.Official(o.name(), o.country(), o.role())).toList();
    String firstLine = d.text().lines().findFirst().orElse("");
    return new IndexedDocument(d.id(), d.id() + ".txt", d.lang(), d.genre(), firstLine, officials, d.areas(),
        List.of(), List.of(), List.of(), d.date());
  }

  private static void index(Path dir, List<IndexedDocument> docs) {
    try (DocumentIndexer w = DocumentIndexer.open(dir)) {
      docs.forEach(w::add);
      w.commit();
    }
  }

  static List<IndexedDocument> clones(List<IndexedDocument> base, int n, Random random) {
    List<String> given = new ArrayList<>();
    List<IndexedDocument.Official> pool = new ArrayList<>();
    base.forEach(d -> d.officials().forEach(o -> {
      String[] parts = o.name().split("\\s+");
      if (parts.length >= 2) {
        given.add(parts[0]);
        pool.add(o);
      }
    }));
    List<IndexedDocument> out = new ArrayList<>(n);
    LocalDate start = LocalDate.of(2015, 1, 1);
    for (int i = 0; i < n; i++) {
      IndexedDocument d = base.get(random.nextInt(base.size()));
      List<IndexedDocument.Official> officials = new ArrayList<>(d.officials());
      // one person in five documents: a given name and a surname from the corpus make a new official
      Random person = new Random(random.nextInt(Math.max(1, n / 5)));
      IndexedDocument.Official family = pool.get(person.nextInt(pool.size()));
      String[] parts = family.name().split("\\s+");
      officials.add(new IndexedDocument.Official(given.get(person.nextInt(given.size())) + " "
          + parts[parts.length - 1], family.country(), family.role()));
      String date = random.nextInt(10) == 0 ? null : start.plusDays(random.nextInt(3650)).toString();
      String id = String.format("clone-%06d", i);
      out.add(new IndexedDocument(id, "clones/" + id + ".txt", d.lang(), d.genre(), d.text(), officials, d.areas(),
          List.of(), List.of(), List.of(), date));
    }
    return out;
  }
}
