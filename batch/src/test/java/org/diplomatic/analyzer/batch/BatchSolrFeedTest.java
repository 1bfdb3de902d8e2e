package org.diplomatic.analyzer.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.diplomatic.analyzer.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job feeding SolrCloud (one node with embedded ZooKeeper, collections of 2 shards made with the plugin's
 * configset): the local run of {@code docs/cluster.md} as written there, from the checkout; then {@code index --solr}
 * of some of the same files into a second collection, whose Solr documents must be the job's.
 */
class BatchSolrFeedTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));
  private static final int CORPUS_DOCS = 289; // the .txt files of corpus/ar and corpus/fa
  private static final List<String> SOME_FILES = List.of("corpus/ar/ar-min-001.txt", "corpus/ar/ar-news-001.txt",
      "corpus/fa/fa-min-001.txt", "corpus/fa/fa-news-001.txt");

  @TempDir static Path dir;
  private static MiniSolrCloudCluster cluster;
  private static String zk;
  private static CommandRun job;
  private static Path output;

  @BeforeAll
  static void runTheDocumentedJobIntoSolrCloud() throws Exception {
    long start = System.nanoTime();
    cluster = new MiniSolrCloudCluster.Builder(1, dir.resolve("solr"))
        // From the checkout: in 'mvn package' the configset is inside solr-plugin's jar, which Path.of cannot open.
        .addConfig("analyzer", ROOT.resolve("solr-plugin/src/main/resources/configset/conf"))
        .build();
    for (String collection : List.of("documents", "cli")) {
      CollectionAdminRequest.createCollection(collection, "analyzer", 2, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(collection, 2, 2);
    }
    zk = cluster.getZkServer().getZkAddress();
    System.out.printf("cluster of 1 node and two collections of 2 shards up in %.1f s%n",
        (System.nanoTime() - start) / 1e9);
    output = dir.resolve("analyses");
    List<String> args = DocumentedRun.flinkLocal(ROOT.resolve("docs/cluster.md"), zk, output.toString());
    job = CommandRun.of(BatchMain.commandLine(), args.toArray(String[]::new));
    System.out.print(job.out());
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void sendsEveryDocumentOfTheDocumentedRunToSolrCloud() throws Exception {
    assertEquals(0, job.exit(), job.err());
    assertTrue(job.out().startsWith("analyzed " + CORPUS_DOCS + ", failed 0 in "), job.out());
    assertTrue(job.out().strip().endsWith("; sent to " + zk + " collection documents"), job.out());
    assertEquals(CORPUS_DOCS, partLines());
    assertEquals(CORPUS_DOCS, cluster.getSolrClient().query("documents", new SolrQuery("type:doc").setRows(0))
        .getResults().getNumFound());
  }

  @Test
  void storesTheSameSolrDocumentsAsIndexSolrForTheSameFiles() throws Exception {
    List<String> args = new ArrayList<>(List.of("index", "--solr", zk, "--collection", "cli"));
    args.addAll(SOME_FILES);
    CommandRun cli = CommandRun.of(Main.commandLine(args.toArray(String[]::new)), args.toArray(String[]::new));
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().startsWith("sent 4 documents"), cli.out());
    List<String> fromCli = documents("cli", "*:*");
    List<String> roots = new ArrayList<>();
    for (SolrDocument doc : cluster.getSolrClient().query("cli", new SolrQuery("type:doc").setFields("id"))
        .getResults()) {
      roots.add(ClientUtils.escapeQueryChars((String) doc.getFieldValue("id")));
    }
    assertEquals(fromCli, documents("documents", "_root_:(" + String.join(" ", roots) + ")"));
    assertTrue(fromCli.size() > 4, "documents and their figure and commitment children: " + fromCli.size());
  }

  @Test
  void refusesACollectionTheClusterDoesNotHaveBeforeAnalyzingAnything() {
    Path out = dir.resolve("nowhere");
    CommandRun run = CommandRun.of(BatchMain.commandLine(), "--input", "corpus/ar", "--output", out.toString(),
        "--solr", zk, "--collection", "archive");
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("batch: SolrCloud: looking up collection archive failed ("), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(Files.notExists(out));
  }

  /** Every Solr document (parents and children) matching {@code query}, by id, as sorted field=value text. */
  private static List<String> documents(String collection, String query) throws Exception {
    SolrQuery q = new SolrQuery(query).setFields("*").setRows(10_000).addSort("id", SolrQuery.ORDER.asc);
    List<String> out = new ArrayList<>();
    for (SolrDocument doc : cluster.getSolrClient().query(collection, q).getResults()) {
      TreeMap<String, String> fields = new TreeMap<>();
      for (String name : doc.getFieldNames()) {
        Object value = doc.getFieldValue(name);
        if (!name.equals("_version_")) {
          fields.put(name, value instanceof byte[] b ? Base64.getEncoder().encodeToString(b) : String.valueOf(value));
        }
      }
      out.add(fields.toString());
    }
    return out;
  }

  private static long partLines() throws IOException {
    long n = 0;
    try (Stream<Path> files = Files.list(output)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        n += Files.readAllLines(part, StandardCharsets.UTF_8).size();
      }
    }
    return n;
  }
}
