package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.pipeline.DocumentId;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.TextInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index}: analyzes files in parallel (bounded queue) and adds them to the index; unchanged files are skipped
 * before analysis, changed ones replace their old version; commits every {@code --commit-every} documents, so a
 * killed batch keeps what was committed and a re-run finishes the job.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Analyze files and folders and add or update them in a Lucene index.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "index folder (created if absent)")
  Path index;

  @Option(names = "--threads", description = "analysis threads (default: cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--prune", description = "remove indexed documents whose files are gone")
  boolean prune;

  @Option(names = "--commit-every", description = "documents between commits (default: ${DEFAULT-VALUE})",
      defaultValue = "" + DocumentIndexer.DEFAULT_COMMIT_EVERY)
  int commitEvery;

  @Mixin AnalysisOptions analysis;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
  List<String> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<String> files = List.copyOf(new LinkedHashSet<>(InputFiles.expand(paths)));
    DocumentFileReader reader = analysis.reader();
    long start = System.nanoTime();
    AtomicLong added = new AtomicLong();
    AtomicLong replaced = new AtomicLong();
    AtomicLong unchanged = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong sinceCommit = new AtomicLong();
    List<String> pruned = List.of();
    try (DocumentIndexer indexer = DocumentIndexer.open(index);
        BatchProgress progress = new BatchProgress("index", files.size(), err)) {
      Pipeline[] pipeline = new Pipeline[1];
      ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
      for (String file : files) {
        pool.execute(() -> {
          try {
            TextInput input = reader.read(Path.of(file));
            if (DocumentId.of(input.text()).equals(indexer.committedId(input.source()))) {
              unchanged.incrementAndGet();
            } else {
              switch (indexer.add(IndexMapping.of(pipeline(pipeline).analyze(input)))) {
                case ADDED -> added.incrementAndGet();
                case REPLACED -> replaced.incrementAndGet();
                case UNCHANGED -> unchanged.incrementAndGet();
              }
              if (sinceCommit.incrementAndGet() % commitEvery == 0) {
                indexer.commit();
              }
            }
          } catch (InputRejectedException e) {
            failed.incrementAndGet();
            synchronized (err) {
              err.println("analyzer: " + e.getMessage());
            }
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            synchronized (err) {
              err.println("analyzer: " + file + ": analysis failed (" + e + ")");
            }
          }
          progress.step();
        });
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      if (prune) {
        pruned = indexer.pruneMissingSources();
      }
      indexer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long analyzed = added.get() + replaced.get();
    out.printf("indexed %d, replaced %d, unchanged %d, pruned %d, failed %d in %.1f s (%.1f docs/s analyzed)%n",
        added.get(), replaced.get(), unchanged.get(), pruned.size(), failed.get(), seconds,
        analyzed / Math.max(seconds, 1e-9));
    out.flush();
    return failed.get() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
  }

  /** Builds the pipeline on first use, so a batch of unchanged files never loads the models. */
  private Pipeline pipeline(Pipeline[] holder) {
    synchronized (holder) {
      if (holder[0] == null) {
        holder[0] = analysis.pipeline();
      }
      return holder[0];
    }
  }
}
