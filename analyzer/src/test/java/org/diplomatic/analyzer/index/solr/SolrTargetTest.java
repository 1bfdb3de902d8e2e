package org.diplomatic.analyzer.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SolrTargetTest {
  @Test
  void readsZooKeeperHostsWithAChroot() {
    SolrTarget t = SolrTarget.parse("zk1:2181,zk2:2181/solr", "archive");
    assertEquals(List.of("zk1:2181", "zk2:2181"), t.zkHosts());
    assertEquals(Optional.of("/solr"), t.chroot());
    assertEquals("archive", t.collection());
  }

  @Test
  void readsHostsWithoutAChroot() {
    assertEquals(Optional.empty(), SolrTarget.parse("localhost:9983", "archive").chroot());
  }

  @Test
  void refusesAMissingCollectionOrHost() {
    assertEquals("--solr needs --collection NAME",
        assertThrows(IllegalArgumentException.class, () -> SolrTarget.parse("zk:2181", null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> SolrTarget.parse("/solr", "archive"));
  }
}
