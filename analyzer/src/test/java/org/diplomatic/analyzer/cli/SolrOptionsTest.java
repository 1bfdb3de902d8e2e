package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SolrOptionsTest {
  @Test
  void kwicSaysInOneLineThatItNeedsALocalIndex() {
    CliRun run = CliRun.of("kwic", "--solr", "zk:2181", "--collection", "archive", "الاتصالات");
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals("analyzer: kwic needs a local index (--index DIR): SolrCloud collections are read by search "
        + "--solr only (see --help)\n", run.err());
  }

  @Test
  void commitmentsSaysInOneLineThatItNeedsALocalIndex() {
    CliRun run = CliRun.of("commitments", "--solr", "zk:2181", "--collection", "archive");
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals("analyzer: commitments needs a local index (--index DIR): SolrCloud collections are read by "
        + "search --solr only (see --help)\n", run.err());
  }

  @Test
  void searchAndIndexTakeEitherALocalIndexOrSolrCloud() {
    for (String command : new String[] {"search", "index"}) {
      CliRun run = CliRun.of(command, "--index", "x", "--solr", "zk:2181", "--collection", "archive", "نفط");
      assertEquals(ExitCode.USAGE, run.exit());
      assertEquals("analyzer: give either --index DIR or --solr ZKHOSTS --collection NAME (see --help)\n",
          run.err());
    }
  }

  @Test
  void searchOnSolrCloudRefusesSearchByMeaningInOneLine() {
    for (String mode : new String[] {"semantic", "hybrid"}) {
      CliRun run = CliRun.of("search", "--solr", "zk:2181", "--collection", "archive", "--mode", mode, "نفط");
      assertEquals(ExitCode.USAGE, run.exit());
      assertEquals("analyzer: SolrCloud searches by terms only (the configset holds no document vectors): --mode "
          + mode + " needs a local --index (see --help)\n", run.err());
    }
  }

  @Test
  void solrWithoutACollectionIsAUsageError() {
    CliRun run = CliRun.of("search", "--solr", "zk:2181", "نفط");
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals("analyzer: --solr needs --collection NAME\n", run.err());
  }
}
