package org.diplomatic.analyzer.bench;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.text.TextInput;

/** Analyzes every workload document with the pipeline and adds it to a new index on a thread pool; one commit. */
final class EndToEndRun {
  private EndToEndRun() {}

  /** The analyzed documents, in workload order, after indexing them all into {@code indexDir}. */
  static List<AnalyzedDocument> run(Pipeline pipeline, Workload workload, Path indexDir, int threads) {
    try (DocumentIndexer indexer = DocumentIndexer.open(indexDir)) {
      List<AnalyzedDocument> out = ParallelMap.map(workload.documents(), threads, d -> {
        AnalyzedDocument analyzed = pipeline.analyze(new TextInput(d.source(), d.text()));
        indexer.add(IndexMapping.of(analyzed));
        return analyzed;
      });
      indexer.commit();
      return out;
    }
  }
}
