package org.diplomatic.analyzer.index.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A collection on SolrCloud: the ZooKeeper ensemble ({@code host:port,...}, optionally a {@code /chroot} at the
 * end, as Solr's {@code -z} takes it) and the collection's name.
 */
public record SolrTarget(List<String> zkHosts, Optional<String> chroot, String collection) {
  public SolrTarget {
    zkHosts = List.copyOf(zkHosts);
    if (zkHosts.isEmpty() || zkHosts.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("--solr needs ZooKeeper hosts as host:port[,host:port...][/chroot]");
    }
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("--solr needs --collection NAME");
    }
  }

  /** Reads {@code zk1:2181,zk2:2181/solr}. */
  public static SolrTarget parse(String zk, String collection) {
    String hosts = zk == null ? "" : zk.strip();
    int slash = hosts.indexOf('/');
    Optional<String> chroot = slash < 0 || slash == hosts.length() - 1 ? Optional.empty()
        : Optional.of(hosts.substring(slash));
    if (slash >= 0) {
      hosts = hosts.substring(0, slash);
    }
    return new SolrTarget(hosts.isEmpty() ? List.of() : Arrays.asList(hosts.split(",")), chroot, collection);
  }

  @Override
  public String toString() {
    return String.join(",", zkHosts) + chroot.orElse("") + " collection " + collection;
  }
}
