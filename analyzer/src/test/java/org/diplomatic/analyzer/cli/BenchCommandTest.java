package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.SharedData;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));

  @Test
  void tinyRunReportsEveryKeyWithPositiveNumbers() throws Exception {
    JsonNode json = tinyRun("--skip-ner");
    for (String key : List.of("end_to_end.tokens_per_second", "end_to_end.docs_per_second",
        "first_pass.tokens_per_second", "plain_lucene.docs_per_second", "ratio", "search.p50_ms", "search.p99_ms",
        "search.cold_start_ms",
        "peak_heap_mb", "workload.tokens", "index_command.tokens_per_second", "index_command.max_live_mb")) {
      JsonNode node = json.at("/" + key.replace('.', '/'));
      assertTrue(node.isNumber(), key + " missing in " + json);
      assertTrue(node.asDouble() > 0, key + " is " + node);
    }
    assertEquals(20, json.at("/workload/docs").asInt());
    assertEquals(10, json.at("/workload/ar_docs").asInt());
    assertEquals(200, json.at("/search/docs").asInt());
    assertEquals(12, json.at("/index_command/docs").asInt());
    List<String> stages = List.of("read", "normalize", "language", "sentences", "tokens", "segmenter_ar_uncached",
        "figures", "officials",
        "commitments", "areas", "index");
    assertEquals(stages.size(), json.get("stages").size());
    for (int i = 0; i < stages.size(); i++) {
      assertEquals(stages.get(i), json.get("stages").get(i).get("stage").asText());
      assertTrue(json.get("stages").get(i).get("docs_per_second").asDouble() > 0, stages.get(i));
    }
  }

  @Test
  void tinyRunOnPublicNewsTextReportsItsOpenVocabulary() throws Exception {
    Path ner = SharedData.require("ner", "the bench's public-news run");
    JsonNode json = tinyRun("--ner", ner.toString());
    for (String key : List.of("end_to_end_open_vocabulary.tokens_per_second",
        "end_to_end_open_vocabulary.ar_word_types")) {
      assertTrue(json.at("/" + key.replace('.', '/')).asDouble() > 0, key);
    }
  }

  private static JsonNode tinyRun(String... newsOptions) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("bench", "--docs", "20", "--search-docs", "200",
        "--index-docs", "12", "--warmup", "1", "--repeat", "1", "--cold-runs", "1", "--format", "json",
        "--corpus", ROOT.resolve("corpus").toString(), "--models", ROOT.resolve("models").toString()));
    args.addAll(List.of(newsOptions));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void rejectsZeroDocumentsAsUsageError() {
    CliRun run = CliRun.of("bench", "--docs", "0");
    assertEquals(ExitCode.USAGE, run.exit());
    assertTrue(run.err().contains("docs must be at least 1: 0"), run.err());
  }
}
