package org.diplomatic.analyzer.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Sends analyzed documents to a SolrCloud collection in batches through the cloud client (each document to its
 * shard's leader). Sending a document again replaces it (the parent's id is the document id, and its children go
 * with it); a batch also deletes older versions of its sources (a file whose text changed has a new id), so a re-run
 * replaces and never duplicates. A batch that fails for a passing reason (a leader change) is sent again
 * ({@link LeaderChangeRetry}); {@link #commit()} makes everything sent searchable. Thread-safe.
 */
public final class SolrIndexer implements Closeable {
  /** Documents per update request unless told otherwise. */
  public static final int DEFAULT_BATCH = 100;
  /** How long a batch is retried while a shard has no leader (a ZooKeeper session timeout and an election). */
  public static final Duration DEFAULT_RETRY_FOR = Duration.ofSeconds(120);

  private final SolrClient client;
  private final String collection;
  private final int batchSize;
  private final LeaderChangeRetry retry;
  private final List<IndexedDocument> pending = new ArrayList<>();
  private long sent;
  private long children;

  SolrIndexer(SolrClient client, String collection, int batchSize, Duration retryFor) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.client = client;
    this.collection = collection;
    this.batchSize = batchSize;
    this.retry = new LeaderChangeRetry(retryFor);
  }

  /** Connects to the collection's cluster through its ZooKeeper ensemble. */
  public static SolrIndexer open(SolrTarget target, int batchSize, Duration retryFor) {
    return new SolrIndexer(client(target), target.collection(), batchSize, retryFor);
  }

  /**
   * The cloud client on Apache HttpClient: SolrJ 9's other cloud client runs on Jetty 10, which cannot share the
   * command line's classpath with the Jetty 12 of {@code serve}.
   */
  @SuppressWarnings("deprecation")
  static SolrClient client(SolrTarget target) {
    return new CloudLegacySolrClient.Builder(target.zkHosts(), target.chroot())
        .withZkConnectTimeout(15, TimeUnit.SECONDS)
        .withZkClientTimeout(30, TimeUnit.SECONDS)
        .build();
  }

  /**
   * Asks the collection for nothing, so that a run long in analysis fails at once on a collection the cluster does
   * not have ({@link SolrWriteException}) or on ZooKeeper out of reach.
   */
  public void checkCollection() {
    retry.run("looking up collection " + collection, () -> client.query(collection, new SolrQuery("*:*").setRows(0)));
  }

  /** Queues {@code d}; sends a batch when one is full (and throws {@link SolrWriteException} if that fails). */
  public synchronized void add(IndexedDocument d) {
    pending.add(d);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /** Sends what is queued. */
  public synchronized void flush() {
    if (pending.isEmpty()) {
      return;
    }
    UpdateRequest update = new UpdateRequest();
    int kids = 0;
    for (IndexedDocument d : pending) {
      update.add(SolrDocuments.of(d));
      kids += d.figures().size() + d.commitments().size();
    }
    List<String> stale = staleIds(pending);
    if (!stale.isEmpty()) {
      update.deleteByQuery(SolrFields.ROOT + ":(" + String.join(" ", stale) + ")");
    }
    retry.run("sending " + pending.size() + " documents to " + collection, () -> update.process(client, collection));
    sent += pending.size();
    children += kids;
    pending.clear();
  }

  /**
   * The ids, query-escaped, of older versions of these documents' sources (a file whose text changed has a new id):
   * one search by source, so that the common case (nothing changed) sends no delete by query, which every replica
   * of every shard must apply in order before the batch (24 -> 37 docs/s into the test cluster without it).
   */
  private List<String> staleIds(List<IndexedDocument> batch) {
    List<String> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (IndexedDocument d : batch) {
      ids.add(d.id());
      if (!d.source().equals("-")) {
        sources.add('"' + d.source().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
      }
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    SolrQuery query = new SolrQuery(SolrFields.SOURCE + ":(" + String.join(" ", sources) + ")")
        .addFilterQuery(SolrFields.TYPE + ":" + SolrFields.TYPE_DOC)
        .setFields(SolrFields.ID)
        .setRows(sources.size() * 4);
    QueryResponse found = retry.run("looking up " + sources.size() + " sources in " + collection,
        () -> client.query(collection, query, SolrRequest.METHOD.POST));
    List<String> stale = new ArrayList<>();
    for (SolrDocument doc : found.getResults()) {
      String id = (String) doc.getFieldValue(SolrFields.ID);
      if (!ids.contains(id)) {
        stale.add(ClientUtils.escapeQueryChars(id));
      }
    }
    return stale;
  }

  /** Sends what is queued and makes everything sent searchable (a hard commit). */
  public synchronized void commit() {
    flush();
    retry.run("commit of " + collection, () -> client.commit(collection, true, true));
  }

  /** Documents sent so far (their children not counted). */
  public synchronized long sent() {
    return sent;
  }

  /** Figure and commitment children sent so far. */
  public synchronized long children() {
    return children;
  }

  /** Requests sent again after a passing failure. */
  public long retries() {
    return retry.retries();
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // nothing was pending on the connection
    }
  }
}
