package org.diplomatic.analyzer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.TextEmbedding;
import org.diplomatic.analyzer.pipeline.DocumentId;

/**
 * A large index without NLP cost: clones of analyzed documents with new ids and sources, each clone's figures scaled
 * by a seeded factor and one more official drawn from the officials of all documents, so filters and facets spread.
 */
final class SearchCorpus {
  private SearchCorpus() {}

  /** {@code count} clones of {@code base}, cycling through it. */
  static List<IndexedDocument> clones(List<IndexedDocument> base, int count, long seed) {
    Random random = new Random(seed);
    List<IndexedDocument.Official> officials = base.stream().flatMap(d -> d.officials().stream()).distinct().toList();
    List<IndexedDocument> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      IndexedDocument d = base.get(i % base.size());
      double factor = 0.5 + 1.5 * random.nextDouble();
      List<IndexedDocument.Figure> figures = d.figures().stream().map(f -> scaled(f, factor)).toList();
      List<IndexedDocument.Official> people = new ArrayList<>(d.officials());
      if (!officials.isEmpty()) {
        IndexedDocument.Official extra = officials.get(random.nextInt(officials.size()));
        if (!people.contains(extra)) {
          people.add(extra);
        }
      }
      String source = String.format("bench/search-%07d.txt", i);
      out.add(new IndexedDocument(DocumentId.of(source + "\n" + d.text()), source, d.lang(), d.genre(), d.text(),
          people, d.areas(), figures, d.commitments(), d.years()));
    }
    return out;
  }

  /** Adds {@code docs} to a new index at {@code dir} on {@code threads} threads and commits once. */
  static void index(List<IndexedDocument> docs, Path dir, int threads) {
    index(docs, dir, threads, null);
  }

  /** As above, each document with its vector from {@code embedding} (null: none). */
  static void index(List<IndexedDocument> docs, Path dir, int threads, TextEmbedding embedding) {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir, embedding)) {
      ParallelMap.map(docs, threads, indexer::add);
      indexer.commit();
    }
  }

  private static IndexedDocument.Figure scaled(IndexedDocument.Figure f, double factor) {
    return new IndexedDocument.Figure(f.text(), times(f.value(), factor), times(f.min(), factor),
        times(f.max(), factor), f.unit(), f.period());
  }

  private static Double times(Double value, double factor) {
    return value == null ? null : value * factor;
  }
}
