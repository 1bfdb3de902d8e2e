package org.diplomatic.analyzer.batch;

import java.io.Serializable;
import org.diplomatic.analyzer.index.solr.SolrTarget;

/**
 * Where the job also sends its documents: a SolrCloud collection made with the {@code solr-plugin} configset, by its
 * ZooKeeper hosts as {@code index --solr} takes them, in requests of {@code batch} documents. Plain strings, so
 * that Flink can ship it to the task managers.
 */
record SolrFeed(String zkHosts, String collection, int batch) implements Serializable {
  SolrFeed {
    if (batch <= 0) {
      throw new IllegalArgumentException("--batch must be positive: " + batch);
    }
    SolrTarget.parse(zkHosts, collection); // a bad address fails on the client, before the job starts
  }

  SolrTarget target() {
    return SolrTarget.parse(zkHosts, collection);
  }

  @Override
  public String toString() {
    return target().toString();
  }
}
