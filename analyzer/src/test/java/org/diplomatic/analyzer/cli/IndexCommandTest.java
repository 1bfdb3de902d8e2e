package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARABIC =
      "استقبل وزير الكهرباء العراقي السفير الإيراني في بغداد.\nواتفق الجانبان على رفع صادرات الغاز. رقم ";
  private static final String PERSIAN =
      "وزیر نیرو گفت که دو کشور همکاری‌های برق را گسترش خواهند داد. شماره ";

  @TempDir Path dir;

  private Path corpus(int n) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    for (int i = 0; i < n; i++) {
      Files.writeString(folder.resolve(String.format("doc-%03d.txt", i)), (i % 2 == 0 ? ARABIC : PERSIAN) + i);
    }
    return folder;
  }

  private static long total(Path index) throws Exception {
    CliRun run = CliRun.of("search", "--index", index.toString(), "--format", "json", "--limit", "0");
    assertEquals(0, run.exit(), run.err());
    return JSON.readTree(run.out()).get("total").asLong();
  }

  @Test
  void indexesThenSkipsUnchangedThenReplacesChanged() throws Exception {
    Path docs = corpus(3);
    Path index = dir.resolve("idx");
    CliRun first = CliRun.of("index", "--index", index.toString(), docs.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().startsWith("indexed 3, replaced 0, unchanged 0, pruned 0, failed 0 in "), first.out());
    Files.writeString(docs.resolve("doc-001.txt"), PERSIAN + "تغییر");
    Files.delete(docs.resolve("doc-002.txt"));
    CliRun second = CliRun.of("index", "--index", index.toString(), "--prune", docs.toString());
    assertTrue(second.out().startsWith("indexed 0, replaced 1, unchanged 1, pruned 1, failed 0 in "), second.out());
    assertEquals(2, total(index));
  }

  @Test
  void aBadFileIsReportedAndTheBatchGoesOn() throws Exception {
    Path docs = corpus(2);
    Files.write(docs.resolve("broken.txt"), "café".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path index = dir.resolve("idx");
    CliRun run = CliRun.of("index", "--index", index.toString(), docs.toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("analyzer: " + docs.resolve("broken.txt") + ": not valid UTF-8"), run.err());
    assertEquals(2, total(index));
  }

  @Test
  void aKilledBatchLeavesTheLastCommitReadableAndARerunFinishesIt() throws Exception {
    int n = 120;
    Path docs = corpus(n);
    Path index = dir.resolve("idx");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "org.diplomatic.analyzer.cli.Main", "index", "--index", index.toString(), "--threads", "1",
        "--commit-every", "5", docs.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline && !hasCommit(index) && p.isAlive()) {
      Thread.sleep(50);
    }
    assertTrue(p.isAlive(), "the batch ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long partial = total(index);
    assertTrue(partial >= 5 && partial < n, "documents after the kill: " + partial);
    CliRun rerun = CliRun.of("index", "--index", index.toString(), docs.toString());
    assertEquals(0, rerun.exit(), rerun.err());
    assertEquals(n, total(index));
  }

  private static boolean hasCommit(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(d);
    }
  }

  @Test
  void searchWritesTheThreeFormats() throws Exception {
    Path docs = corpus(2);
    Path index = dir.resolve("idx");
    CliRun.of("index", "--index", index.toString(), docs.toString());
    // By terms: with the word vectors present, the Persian document on electricity also matches "gas" by meaning.
    CliRun json = CliRun.of("search", "--index", index.toString(), "--mode", "lexical", "--format", "json",
        "--facets", "الغاز");
    JsonNode result = JSON.readTree(json.out());
    assertEquals("الغاز", result.get("query").asText());
    assertEquals(1, result.get("total").asInt());
    JsonNode hit = result.get("hits").get(0);
    assertEquals(docs.resolve("doc-000.txt").toString(), hit.get("source").asText());
    assertEquals("واتفق الجانبان على رفع صادرات [الغاز].", hit.get("snippet").asText());
    assertEquals(1, result.get("facets").get("lang").get("ar").asInt());

    CliRun csv = CliRun.of("search", "--index", index.toString(), "--mode", "lexical", "--format", "csv", "الغاز");
    List<String> rows = csv.out().lines().toList();
    assertEquals("id,source,score,lang,snippet,officials,areas,figures,match,date", rows.get(0));
    assertEquals(2, rows.size());

    CliRun table = CliRun.of("search", "--index", index.toString(), "--mode", "lexical", "برق");
    assertTrue(table.out().startsWith("1 hit(s) for \"برق\""), table.out());
  }

  @Test
  void searchOnAMissingIndexFailsWithOneLine() {
    CliRun run = CliRun.of("search", "--index", dir.resolve("none").toString(), "x");
    assertEquals(2, run.exit());
    assertEquals(List.of("analyzer: no index at " + dir.resolve("none") + " (run 'analyzer index' first)"),
        run.err().lines().toList());
  }
}
