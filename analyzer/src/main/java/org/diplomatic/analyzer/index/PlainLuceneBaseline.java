package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline the pipeline is compared with: the same texts indexed by plain Lucene, Arabic ones with
 * {@link ArabicAnalyzer} and Persian ones with {@link PersianAnalyzer}, no extraction, same RAM buffer as
 * {@link DocumentIndexer}, one commit at the end.
 */
public final class PlainLuceneBaseline {
  private static final String ID = "id";
  private static final String TEXT_AR = "text_ar";
  private static final String TEXT_FA = "text_fa";

  private PlainLuceneBaseline() {}

  /**
   * Indexes {@code texts} (with their language codes, "ar" or "fa") into a new index at {@code dir} on {@code threads}
   * threads; returns the number of documents in the committed index.
   */
  public static long index(Path dir, List<String> langs, List<String> texts, int threads) {
    if (langs.size() != texts.size()) {
      throw new IllegalArgumentException("one language per text needed: " + langs.size() + " != " + texts.size());
    }
    Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
        Map.of(TEXT_AR, new ArabicAnalyzer(), TEXT_FA, new PersianAnalyzer()));
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      List<Future<?>> done = new java.util.ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField(ID, Integer.toString(i), Field.Store.YES));
        doc.add(new TextField(langs.get(i).equals("fa") ? TEXT_FA : TEXT_AR, texts.get(i), Field.Store.YES));
        done.add(pool.submit(() -> {
          writer.addDocument(doc);
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      writer.commit();
      return writer.getDocStats().numDocs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the baseline index at " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("baseline indexing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      analyzer.close();
    }
  }
}
