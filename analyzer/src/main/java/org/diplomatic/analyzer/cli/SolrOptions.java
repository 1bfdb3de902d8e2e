package org.diplomatic.analyzer.cli;

import org.diplomatic.analyzer.index.solr.SolrIndexer;
import picocli.CommandLine.Option;

/**
 * The SolrCloud options of {@code index} and of the Flink {@code batch} job, declared once so both commands word
 * them alike; each command's own description says whether Solr replaces or accompanies its local output.
 */
public final class SolrOptions {
  @Option(names = "--solr", paramLabel = "ZKHOSTS", description = "send the documents to SolrCloud: its ZooKeeper "
      + "hosts, host:port[,host:port...][/chroot] (the collection made with the solr-plugin configset)")
  String zkHosts;

  @Option(names = "--collection", paramLabel = "NAME", description = "the SolrCloud collection (with --solr)")
  String collection;

  @Option(names = "--batch", paramLabel = "N", description = "documents per request to SolrCloud (default: "
      + "${DEFAULT-VALUE})", defaultValue = "" + SolrIndexer.DEFAULT_BATCH)
  int batch;

  /** The ZooKeeper hosts, or null when --solr was not given. */
  public String zkHosts() {
    return zkHosts;
  }

  /** The collection, or null when --collection was not given. */
  public String collection() {
    return collection;
  }

  public int batch() {
    return batch;
  }
}
