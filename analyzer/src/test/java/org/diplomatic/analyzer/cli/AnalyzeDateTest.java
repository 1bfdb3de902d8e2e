package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeDateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path dated;
  private static Path withSidecar;
  private static Path undated;

  @BeforeAll
  static void writeInputs() throws Exception {
    dated = Files.writeString(dir.resolve("dated.txt"),
        "بغداد تبحث مع طهران خطة موسم الأربعين\nبغداد، 3 آب 2025 (وكالات)\nبحث وزير الداخلية العراقي الاستعدادات.\n");
    withSidecar = Files.writeString(dir.resolve("sidecar.txt"),
        "بیانیه مشترک\nتهران، ۱۸ مهر ۱۴۰۴\nدو کشور بر همکاری تاکید کردند.\n");
    Files.writeString(dir.resolve("sidecar.txt.date"), "2025-10-09\n");
    undated = Files.writeString(dir.resolve("undated.txt"), "استقبل الوزير السفير في بغداد اليوم.\n");
  }

  private static JsonNode date(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), run.err());
    return JSON.readTree(run.out().strip()).get("date");
  }

  @Test
  void writesTheDatelinesDateWithItsSource() throws Exception {
    JsonNode date = date("analyze", dated.toString());
    assertEquals("2025-08-03", date.get("value").asText());
    assertEquals("dateline", date.get("source").asText());
  }

  @Test
  void aSidecarWinsOverTheDateline() throws Exception {
    JsonNode date = date("analyze", withSidecar.toString());
    assertEquals("2025-10-09", date.get("value").asText());
    assertEquals("user", date.get("source").asText());
  }

  @Test
  void theDateOptionWinsOverTheSidecar() throws Exception {
    JsonNode date = date("analyze", "--date", "2025-10", withSidecar.toString());
    assertEquals("2025-10", date.get("value").asText());
    assertEquals("user", date.get("source").asText());
  }

  @Test
  void leavesTheDateOutWhenNoneIsWritten() throws Exception {
    assertEquals(null, date("analyze", undated.toString()));
  }

  @Test
  void rejectsAMalformedDateOptionInOneLine() {
    CliRun run = CliRun.of("analyze", "--date", "2025-02-30", dated.toString());
    assertEquals(ExitCode.USAGE, run.exit());
    assertTrue(run.err().startsWith("analyzer: --date: not an ISO date"), run.err());
    assertEquals(1, run.err().strip().lines().count());
    assertFalse(run.out().contains("\"date\""));
  }
}
