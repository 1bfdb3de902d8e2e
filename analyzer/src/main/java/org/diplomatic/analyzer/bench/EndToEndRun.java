package org.diplomatic.analyzer.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.text.TextInput;

/**
 * Analyzes every workload document with the pipeline and adds it to a new index on a thread pool, committing every
 * {@link DocumentIndexer#DEFAULT_COMMIT_EVERY} documents and at the end, as the {@code index} command does.
 */
final class EndToEndRun {
  private EndToEndRun() {}

  /** The analyzed documents, in workload order, after indexing them all into {@code indexDir}. */
  static List<AnalyzedDocument> run(Pipeline pipeline, Workload workload, Path indexDir, int threads) {
    AtomicLong added = new AtomicLong();
    try (DocumentIndexer indexer = DocumentIndexer.open(indexDir)) {
      List<AnalyzedDocument> out = ParallelMap.map(workload.documents(), threads, d -> {
        AnalyzedDocument analyzed = pipeline.analyze(new TextInput(d.source(), d.text()));
        indexer.add(IndexMapping.of(analyzed));
        if (added.incrementAndGet() % DocumentIndexer.DEFAULT_COMMIT_EVERY == 0) {
          indexer.commit();
        }
        return analyzed;
      });
      indexer.commit();
      return out;
    }
  }
}
