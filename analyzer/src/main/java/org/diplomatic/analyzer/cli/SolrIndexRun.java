package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.solr.SolrIndexer;
import org.diplomatic.analyzer.index.solr.SolrWriteException;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.TextInput;

/**
 * {@code index --solr}: analyzes files on {@code threads} threads (bounded queue, as {@code index --index}) and sends
 * them to SolrCloud in batches; a file that fails is named and counted, a batch SolrCloud refuses after its retries
 * stops the run with one line; a commit at the end makes everything searchable. A collection the cluster does not
 * have is one line (exit 2) before anything is analyzed.
 */
final class SolrIndexRun {
  private final SolrIndexer indexer;
  private final DocumentFileReader reader;
  private final Function<TextInput, IndexedDocument> analyze;
  private final int threads;

  SolrIndexRun(SolrIndexer indexer, DocumentFileReader reader, Function<TextInput, IndexedDocument> analyze,
      int threads) {
    this.indexer = indexer;
    this.reader = reader;
    this.analyze = analyze;
    this.threads = threads;
  }

  int run(List<String> paths, String target, PrintWriter out, PrintWriter err) throws InterruptedException {
    try {
      indexer.checkCollection(); // a misspelled collection should not cost the analysis of a first batch
    } catch (SolrWriteException e) {
      err.println("analyzer: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    List<String> files = List.copyOf(new LinkedHashSet<>(InputFiles.expand(paths)));
    long start = System.nanoTime();
    AtomicLong failed = new AtomicLong();
    AtomicLong notReached = new AtomicLong();
    AtomicReference<SolrWriteException> stop = new AtomicReference<>();
    try (BatchProgress progress = new BatchProgress("index", files.size(), err)) {
      ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
      for (String file : files) {
        pool.execute(() -> {
          if (stop.get() != null) {
            notReached.incrementAndGet();
          } else {
            send(file, failed, stop, err);
          }
          progress.step();
        });
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      if (stop.get() == null) {
        indexer.commit();
      }
    } catch (SolrWriteException e) {
      stop.compareAndSet(null, e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (stop.get() != null) {
      err.println("analyzer: " + stop.get().getMessage() + "; stopped: " + notReached.get()
          + " file(s) not reached; documents sent before stay, a re-run replaces them");
      err.flush();
    }
    out.printf("sent %d documents (%d figure and commitment children) to %s, failed %d, retried %d requests "
            + "in %.1f s (%.1f docs/s)%n", indexer.sent(), indexer.children(), target, failed.get(),
        indexer.retries(), seconds, indexer.sent() / Math.max(seconds, 1e-9));
    out.flush();
    return failed.get() == 0 && stop.get() == null ? ExitCode.OK : ExitCode.SOME_FAILED;
  }

  private void send(String file, AtomicLong failed, AtomicReference<SolrWriteException> stop, PrintWriter err) {
    try {
      TextInput input = reader.read(Path.of(file));
      synchronized (err) {
        AnalyzedInputs.noteCharset(input, err);
      }
      indexer.add(analyze.apply(input));
    } catch (SolrWriteException e) {
      stop.compareAndSet(null, e);
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
}
