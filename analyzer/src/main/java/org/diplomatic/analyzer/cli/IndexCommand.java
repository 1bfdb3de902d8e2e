package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.IndexVerifier;
import org.diplomatic.analyzer.index.IndexWriteException;
import org.diplomatic.analyzer.index.solr.SolrIndexer;
import org.diplomatic.analyzer.index.solr.SolrTarget;
import org.diplomatic.analyzer.pipeline.DocumentId;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.TextInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index}: analyzes files in parallel (bounded queue) and adds them to the index; unchanged files are skipped
 * before analysis, changed ones replace their old version; commits every {@code --commit-every} documents and every
 * {@code --commit-seconds} while documents wait, so a killed batch keeps what was committed and a re-run finishes
 * the job. A file that fails (an {@link Error} included) is counted and named; an index that can no longer be
 * written (a full disk) stops the batch with one line and the summary of what was committed. {@code --verify}
 * checks the index's checksums and structures afterwards, or alone.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Analyze files and folders and add or update them in a Lucene index, or send them to SolrCloud "
        + "instead with --solr; --verify checks a local index.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", description = "index folder (created if absent); or --solr")
  Path index;

  @Mixin SolrOptions solr;

  @Option(names = "--threads", description = "analysis threads (default: cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--prune", description = "remove indexed documents whose files are gone")
  boolean prune;

  @Option(names = "--commit-every", description = "documents between commits (default: ${DEFAULT-VALUE})",
      defaultValue = "" + DocumentIndexer.DEFAULT_COMMIT_EVERY)
  int commitEvery;

  @Option(names = "--commit-seconds", description = "seconds between commits while analyzed documents wait "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "" + DocumentIndexer.DEFAULT_COMMIT_SECONDS)
  int commitSeconds;

  @Option(names = "--verify", description = "check the index (Lucene CheckIndex with checksums) after indexing, "
      + "or alone without PATHs; exit 1 when it is corrupt")
  boolean verify;

  @Mixin AnalysisOptions analysis;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders")
  List<String> paths;

  /** How the index is opened; tests swap in one that fails like a full disk. */
  Function<Path, DocumentIndexer> opener = dir -> DocumentIndexer.open(dir, embedder());

  /** How a text becomes an index document; null: the pipeline, loaded on first use. Tests make it fail or stall. */
  Function<TextInput, IndexedDocument> analyzer;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (commitEvery <= 0 || commitSeconds <= 0 || threads <= 0) {
      throw new ParameterException(spec.commandLine(),
          "--commit-every, --commit-seconds and --threads must be positive");
    }
    analysis.userDate();
    if ((index == null) == (solr.zkHosts() == null)) {
      throw new ParameterException(spec.commandLine(), "give either --index DIR or --solr ZKHOSTS --collection NAME");
    }
    if (solr.zkHosts() != null) {
      return solr(out, err);
    }
    if (paths == null || paths.isEmpty()) {
      if (!verify) {
        throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH' (or --verify)");
      }
      return verify(out, err);
    }
    int exit = indexAll(out, err);
    return verify ? Math.max(exit, verify(out, err)) : exit;
  }

  private int indexAll(PrintWriter out, PrintWriter err) throws InterruptedException {
    List<String> files = List.copyOf(new LinkedHashSet<>(InputFiles.expand(paths)));
    DocumentFileReader reader = analysis.reader();
    long start = System.nanoTime();
    AtomicLong unchanged = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong notReached = new AtomicLong();
    AtomicReference<IndexWriteException> stop = new AtomicReference<>();
    AtomicLong refused = new AtomicLong();
    List<String> pruned = List.of();
    DocumentIndexer indexer = opener.apply(index);
    try (indexer; BatchProgress progress = new BatchProgress("index", files.size(), err)) {
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "index-commit"));
      timer.scheduleWithFixedDelay(() -> commit(indexer, stop, false), 1, 1, TimeUnit.SECONDS);
      Pipeline[] pipeline = new Pipeline[1];
      ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
      for (String file : files) {
        pool.execute(() -> {
          if (stop.get() != null) {
            notReached.incrementAndGet();
          } else {
            try {
              TextInput input = reader.read(Path.of(file));
              synchronized (err) {
                AnalyzedInputs.noteCharset(input, err);
              }
              if (DocumentId.of(input.text()).equals(indexer.committedId(input.source()))
                  || indexer.add(analyzed(input, pipeline))
                      == DocumentIndexer.Outcome.UNCHANGED) {
                unchanged.incrementAndGet();
              }
              commit(indexer, stop, false);
            } catch (IndexWriteException e) {
              stop.compareAndSet(null, e);
              refused.incrementAndGet();
            } catch (InputRejectedException e) {
              failed.incrementAndGet();
              synchronized (err) {
                err.println("analyzer: " + e.getMessage());
              }
            } catch (Throwable e) { // OutOfMemoryError and StackOverflowError included: the worker lives on
              failed.incrementAndGet();
              synchronized (err) {
                err.println(AnalyzedInputs.failure(file, "analysis failed", e));
              }
            }
          }
          progress.step();
        });
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      timer.shutdownNow();
      timer.awaitTermination(1, TimeUnit.MINUTES);
      if (stop.get() == null && prune) {
        pruned = indexer.pruneMissingSources();
      }
      commit(indexer, stop, true);
    } catch (IndexWriteException e) {
      stop.compareAndSet(null, e);
    }
    if (stop.get() == null) {
      LedgerUpdate.after(index, ModelsDir.resolve(analysis.models), err);
      OfficialsCommand.refresh(index, err);
    }
    long added = indexer.committedAdded();
    long replaced = indexer.committedReplaced();
    long lost = indexer.uncommitted() + refused.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (stop.get() != null) {
      err.println("analyzer: " + stop.get().getMessage() + "; stopped: " + lost
          + " analyzed document(s) since the last commit lost, " + notReached.get() + " file(s) not reached");
      err.flush();
    }
    out.printf("indexed %d, replaced %d, unchanged %d, pruned %d, failed %d in %.1f s (%.1f docs/s analyzed)%n",
        added, replaced, unchanged.get(), pruned.size(), failed.get(), seconds,
        (added + replaced) / Math.max(seconds, 1e-9));
    out.flush();
    return failed.get() == 0 && stop.get() == null ? ExitCode.OK : ExitCode.SOME_FAILED;
  }

  /** Sends the documents to SolrCloud ({@link SolrIndexRun}); --verify, --prune and --commit-* are for --index. */
  private int solr(PrintWriter out, PrintWriter err) throws InterruptedException {
    if (verify || prune || paths == null || paths.isEmpty() || solr.batch() <= 0) {
      throw new ParameterException(spec.commandLine(),
          "--solr takes PATH... and a positive --batch; --verify and --prune are for a local --index");
    }
    SolrTarget target = SolrTarget.parse(solr.zkHosts(), solr.collection());
    Pipeline[] pipeline = new Pipeline[1];
    try (SolrIndexer indexer = SolrIndexer.open(target, solr.batch(), SolrIndexer.DEFAULT_RETRY_FOR)) {
      return new SolrIndexRun(indexer, analysis.reader(), input -> analyzed(input, pipeline), threads)
          .run(paths, target.toString(), out, err);
    }
  }

  /** Commits when due ({@code always}: when anything waits); a write failure stops the batch instead of throwing. */
  private void commit(DocumentIndexer indexer, AtomicReference<IndexWriteException> stop, boolean always) {
    if (stop.get() != null) {
      return;
    }
    try {
      if (always) {
        indexer.commit();
      } else {
        indexer.commitIfDue(commitEvery, commitSeconds);
      }
    } catch (IndexWriteException e) {
      stop.compareAndSet(null, e);
    }
  }

  private int verify(PrintWriter out, PrintWriter err) {
    if (!Files.isDirectory(index)) {
      err.println("analyzer: no index at " + index);
      return ExitCode.USAGE;
    }
    IndexVerifier.Verdict verdict = IndexVerifier.verify(index);
    if (verdict.healthy()) {
      out.println(verdict.message());
    } else {
      err.println("analyzer: " + verdict.message());
    }
    out.flush();
    err.flush();
    return verdict.healthy() ? ExitCode.OK : ExitCode.SOME_FAILED;
  }

  /** The word vectors that give each document its vector for search by meaning; null, said in one line, without. */
  private DocumentEmbedder embedder() {
    Path models = ModelsDir.resolve(analysis.models);
    DocumentEmbedder embedder = DocumentEmbedder.fromModels(models);
    if (embedder == null) {
      spec.commandLine().getErr().println("analyzer: semantic search is off: no word vectors at "
          + models.resolve(DocumentEmbedder.VECTORS) + "; documents are indexed without vectors");
    }
    return embedder;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private IndexedDocument analyzed(TextInput input, Pipeline[] pipeline) {
    return analyzer != null ? analyzer.apply(input)
        : IndexMapping.of(pipeline(pipeline).analyze(input, analysis.dateHints(input)));
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
