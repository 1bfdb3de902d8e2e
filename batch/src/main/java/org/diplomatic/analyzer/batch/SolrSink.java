package org.diplomatic.analyzer.batch;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.diplomatic.analyzer.index.RemoteHits;
import org.diplomatic.analyzer.index.solr.SolrIndexer;

/**
 * Sends the analyzed documents (their stored payloads) to SolrCloud through the {@link SolrIndexer} of
 * {@code index --solr}: the same Solr documents, batches, replacement by id and retries across a leader change.
 * Each writer commits at the end of its input; a batch SolrCloud still refuses after the retries fails the job
 * (a bad document never reaches this sink: it went to the errors).
 */
final class SolrSink implements Sink<byte[]> {
  private final SolrFeed feed;

  SolrSink(SolrFeed feed) {
    this.feed = feed;
  }

  @Override
  public SinkWriter<byte[]> createWriter(WriterInitContext context) {
    SolrIndexer indexer = SolrIndexer.open(feed.target(), feed.batch(), SolrIndexer.DEFAULT_RETRY_FOR);
    return new SinkWriter<>() {
      @Override
      public void write(byte[] payload, Context context) {
        indexer.add(RemoteHits.document(payload));
      }

      @Override
      public void flush(boolean endOfInput) {
        if (endOfInput) {
          indexer.commit();
        } else {
          indexer.flush();
        }
      }

      @Override
      public void close() {
        indexer.close();
      }
    };
  }
}
