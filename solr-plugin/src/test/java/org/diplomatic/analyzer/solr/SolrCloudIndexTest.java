package org.diplomatic.analyzer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettySolrRunner;
import org.diplomatic.analyzer.cli.Main;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.RemoteHits;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.SearchResult;
import org.diplomatic.analyzer.index.solr.SolrSearch;
import org.diplomatic.analyzer.index.solr.SolrTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * SolrCloud of two nodes (embedded ZooKeeper) and a collection of 2 shards x 2 replicas with the configset and the
 * plugin: the bundled corpus indexed and searched by the commands of {@code docs/cluster.md} as written there, a
 * local index of the same analyzed documents, the same queries on both; a node stopped and restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIndexTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));
  private static final Path PAGE = ROOT.resolve("docs/cluster.md");
  private static final String COLLECTION = "documents"; // the page's
  private static final int CORPUS_DOCS = 289; // the .txt files of corpus/ar and corpus/fa

  @TempDir static Path dir;
  private static MiniSolrCloudCluster cluster;
  private static String zk;
  private static Path local;
  private static List<SearchRequest> queries;

  @BeforeAll
  static void startClusterAndIndexTheCorpus() throws Exception {
    long start = System.nanoTime();
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr"))
        .addConfig("analyzer", configset())
        .build();
    CollectionAdminRequest.createCollection(COLLECTION, "analyzer", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    zk = cluster.getZkServer().getZkAddress();
    System.out.printf("cluster of 2 nodes and a 2 x 2 collection up in %.1f s%n", (System.nanoTime() - start) / 1e9);
    // The page's index command, as written there (from the checkout: corpus/ar corpus/fa, models/).
    List<String[]> index = DocumentedCommands.of(PAGE, "index", zk);
    assertEquals(1, index.size());
    String sent = cli(0, index.get(0));
    System.out.print(sent);
    assertTrue(sent.startsWith("sent " + CORPUS_DOCS + " documents"), sent);
    // The local index gets the very documents SolrCloud holds (their stored analyses), not a second analysis.
    local = dir.resolve("local");
    try (DocumentIndexer indexer = DocumentIndexer.open(local)) {
      SolrQuery all = new SolrQuery("type:doc").setRows(CORPUS_DOCS * 2).setFields("payload");
      for (SolrDocument doc : cluster.getSolrClient().query(COLLECTION, all).getResults()) {
        indexer.add(RemoteHits.document((byte[]) doc.getFieldValue("payload")));
      }
      indexer.commit();
    }
    queries = TestQueries.all();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  @Order(1)
  void ranksNineInTenQueriesLikeTheLocalIndexWithTheSameTotalsAndFacets() {
    int same = 0;
    List<Long> nanos = new ArrayList<>();
    List<String> differing = new ArrayList<>();
    try (IndexSearch lucene = IndexSearch.open(local); SolrSearch solr = solr()) {
      for (SearchRequest q : queries) {
        SearchResult expected = lucene.search(q);
        long t = System.nanoTime();
        SearchResult actual = solr.search(q);
        nanos.add(System.nanoTime() - t);
        assertEquals(expected.total(), actual.total(), q.toString());
        assertEquals(expected.facets(), actual.facets(), q.toString());
        if (TopTen.same(expected.hits(), actual.hits())) {
          same++;
        } else {
          differing.add(q.query() + " " + TopTen.ids(expected.hits()) + " / " + TopTen.ids(actual.hits()));
        }
      }
    }
    nanos.sort(null);
    System.out.printf("same top 10 for %d of %d queries; SolrCloud query p50 %.1f ms; differing: %s%n", same,
        queries.size(), nanos.get(nanos.size() / 2) / 1e6, differing);
    assertTrue(same >= 0.9 * queries.size(), same + " of " + queries.size() + ": " + differing);
  }

  @Test
  @Order(2)
  void runsTheSearchesOfTheDocsAsWrittenAndPrintsWhatTheLocalIndexPrints() throws Exception {
    for (String[] search : DocumentedCommands.of(PAGE, "search", zk)) {
      String onSolr = cli(0, search);
      List<String> local = new ArrayList<>(List.of(search));
      int solr = local.indexOf("--solr");
      local.subList(solr, solr + 4).clear(); // --solr ZK --collection NAME
      local.addAll(1, List.of("--index", SolrCloudIndexTest.local.toString(), "--mode", "lexical"));
      String onLocal = cli(0, local.toArray(String[]::new));
      assertTrue(onSolr.contains("corpus/"), onSolr); // hits, not an empty answer
      assertEquals(PrintedSearch.comparable(onLocal), PrintedSearch.comparable(onSolr), String.join(" ", search));
    }
  }

  @Test
  @Order(3)
  void indexingAChangedFileAgainReplacesItsOldVersion() throws Exception {
    Path file = dir.resolve("changing.txt");
    // A text of its own: the same text under another source would replace that document, as in a local index.
    Files.writeString(file, Files.readString(ROOT.resolve("corpus/ar/ar-news-001.txt"))
        + "\nوقال المتحدث إن الاجتماع المقبل سيعقد في بغداد.\n");
    cli(0, "index", "--solr", zk, "--collection", COLLECTION, "--models", models(), file.toString());
    Files.writeString(file, "\nواتفق الجانبان على إنشاء مختبر مشترك للأمن السيبراني.\n", StandardOpenOption.APPEND);
    String again = cli(0, "index", "--solr", zk, "--collection", COLLECTION, "--models", models(), file.toString());
    assertTrue(again.startsWith("sent 1 documents"), again);
    try (SolrSearch solr = solr()) {
      assertEquals(CORPUS_DOCS + 1, solr.search(TestQueries.everything()).total());
      SearchResult changed = solr.search(new SearchRequest("\"مختبر مشترك للأمن السيبراني\"", 10, null, null, null,
          null, null, null, null, null, false));
      assertEquals(List.of(file.toString()), changed.hits().stream().map(SearchResult.Hit::source)
          .filter(source -> source.endsWith("changing.txt")).toList());
    }
  }

  @Test
  @Order(4)
  void refusesACollectionTheClusterDoesNotHaveBeforeAnalyzingAnything() {
    CliRun run = CliRun.of("index", "--solr", zk, "--collection", "archive", "corpus/ar");
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("analyzer: SolrCloud: looking up collection archive failed ("), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertEquals("", run.out());
  }

  @Test
  @Order(5)
  void answersEveryQueryCompletelyWithANodeDownAndRecoversWhenItIsBack() throws Exception {
    List<Long> totals = new ArrayList<>();
    try (SolrSearch solr = solr()) {
      queries.forEach(q -> totals.add(solr.search(q).total()));
    }
    // The node that leads shard 1: its replicas elsewhere must take over reads and writes.
    Replica leader = cluster.getZkStateReader().getClusterState().getCollection(COLLECTION).getLeader("shard1");
    JettySolrRunner stopped = cluster.stopJettySolrRunner(cluster.getReplicaJetty(leader));
    cluster.waitForJettyToStop(stopped);
    int failed = 0;
    try (SolrSearch solr = solr()) {
      for (int i = 0; i < queries.size(); i++) {
        try {
          assertEquals(totals.get(i), solr.search(queries.get(i)).total(), queries.get(i).toString());
        } catch (RuntimeException e) {
          failed++;
        }
      }
      assertEquals(0, failed, "failed reads with a node down");
      // A write with a node down goes to the shards' new leaders.
      String sent = cli(0, "index", "--solr", zk, "--collection", COLLECTION, "--models", models(),
          ROOT.resolve("corpus/ar/ar-min-002.txt").toString());
      assertTrue(sent.startsWith("sent 1 documents"), sent);
      assertEquals(CORPUS_DOCS + 1, solr.search(TestQueries.everything()).total());
    }
    cluster.startJettySolrRunner(stopped);
    cluster.waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 4);
    try (SolrSearch solr = solr()) {
      for (int i = 0; i < queries.size(); i++) {
        assertEquals(totals.get(i), solr.search(queries.get(i)).total(), queries.get(i).toString());
      }
    }
  }

  private static SolrSearch solr() {
    return SolrSearch.open(SolrTarget.parse(zk, COLLECTION));
  }

  private static String models() {
    return ROOT.resolve("models").toString();
  }

  private static Path configset() throws Exception {
    return Path.of(SolrCloudIndexTest.class.getResource("/configset/conf").toURI());
  }

  /** Runs the command line; asserts its exit code; returns its stdout. */
  private static String cli(int exit, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(exit, run.exit(), () -> String.join(" ", args) + "\n" + run.err());
    return run.out();
  }

  /** One run of the command line in this JVM: its exit code, stdout and stderr. */
  private record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      var cl = Main.commandLine(args);
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int exit = cl.execute(args);
      return new CliRun(exit, out.toString(), err.toString());
    }
  }
}
