package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARABIC =
      "استقبل وزير الاتصالات العراقي هيثم الساعدي السفير الإيراني في بغداد.\n"
          + "وقال الساعدي: «نسعى إلى رفع حجم التبادل إلى 20 مليار دولار سنويا». وأضاف أن النمو بلغ ٢٠٫٥ بالمئة.\n";
  private static final String PERSIAN =
      "وزیر ارتباطات ایران گفت: «همکاری‌ها ادامه خواهد یافت.» او افزود که ۸ تا ۱۰ میلیون زائر می‌آیند.";

  @TempDir static Path dir;
  private static Path arabic;
  private static Path persian;

  @BeforeAll
  static void writeInputs() throws Exception {
    arabic = Files.writeString(dir.resolve("ar.txt"), ARABIC);
    persian = Files.writeString(dir.resolve("fa.txt"), PERSIAN);
  }

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> docs = new java.util.ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        docs.add(JSON.readTree(line));
      }
    }
    return docs;
  }

  @Test
  void writesOneContractObjectPerDocumentWithSentenceOffsetsIntoTheText() throws Exception {
    CliRun run = CliRun.of("analyze", arabic.toString(), persian.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> docs = lines(run.out());
    assertEquals(2, docs.size());
    JsonNode ar = docs.get(0);
    assertEquals("ar", ar.get("lang").asText());
    assertEquals("fa", docs.get(1).get("lang").asText());
    assertEquals(arabic.toString(), ar.get("source").asText());
    assertEquals(3, ar.get("sentences").size());
    assertEquals(
        "وقال الساعدي: «نسعى إلى رفع حجم التبادل إلى 20 مليار دولار سنويا».",
        ar.get("sentences").get(1).get("text").asText());
    for (JsonNode doc : docs) {
      String text = doc == ar ? ARABIC : PERSIAN;
      for (JsonNode s : doc.get("sentences")) {
        assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
      }
      for (String field : List.of("officials", "figures", "commitments", "quotes", "areas")) {
        assertTrue(doc.get(field).isArray(), field);
      }
    }
  }

  @Test
  void tokensOptionAddsEachSentencesSegmentationWithFormsAndOffsets() throws Exception {
    CliRun run = CliRun.of("analyze", "--tokens", arabic.toString(), persian.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> docs = lines(run.out());
    JsonNode said = docs.get(0).at("/sentences/1/tokens");
    assertEquals(List.of("و", "قال", "الساعدي", ":", "«", "نسعى", "إلى", "رفع", "حجم", "التبادل", "إلى", "20", "مليار",
        "دولار", "سنويا", "»", "."), texts(said));
    assertEquals("قال", said.get(1).get("text").asText());
    assertEquals("قال", ARABIC.substring(said.get(1).get("start").asInt(), said.get(1).get("end").asInt()));
    assertEquals("الي", said.get(6).get("form").asText());
    assertEquals(List.of("وزیر", "ارتباطات", "ایران", "گفت", ":", "«", "همکاری‌ها", "ادامه", "خواهد", "یافت", ".",
        "»"), texts(docs.get(1).at("/sentences/0/tokens")));
  }

  @Test
  void withoutTheTokensOptionSentencesCarryNoTokens() throws Exception {
    CliRun run = CliRun.of("analyze", persian.toString());
    assertTrue(lines(run.out()).get(0).at("/sentences/0/tokens").isMissingNode(), run.out());
  }

  private static List<String> texts(JsonNode tokens) {
    List<String> out = new java.util.ArrayList<>();
    tokens.forEach(t -> out.add(t.get("text").asText()));
    return out;
  }

  @Test
  void idIsTheSha256OfTheUtf8Text() throws Exception {
    JsonNode doc = lines(CliRun.of("analyze", persian.toString()).out()).get(0);
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(PERSIAN.getBytes(StandardCharsets.UTF_8));
    assertEquals(java.util.HexFormat.of().formatHex(digest), doc.get("id").asText());
  }

  @Test
  void reportsEachBadFileOnOneLineAndGoesOnWithExitOne() throws Exception {
    Path binary = Files.write(dir.resolve("scan.pdf.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "café".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    CliRun run = CliRun.of("analyze", binary.toString(), arabic.toString(), latin1.toString(), empty.toString());
    assertEquals(1, run.exit());
    assertEquals(1, lines(run.out()).size());
    assertEquals(
        List.of(
            "analyzer: " + binary + ": binary file (contains NUL bytes)",
            "analyzer: " + latin1 + ": not valid UTF-8 (bad byte sequence at byte 3), nor Arabic or Persian text in "
                + "Windows-1256, ISO-8859-6 or UTF-16 (name its charset with --encoding)",
            "analyzer: " + empty + ": empty file"),
        run.err().lines().toList());
  }

  @Test
  void walksFoldersRecursively() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("batch/sub"));
    Files.writeString(folder.resolve("one.txt"), PERSIAN);
    Files.writeString(folder.getParent().resolve("two.txt"), ARABIC);
    Files.writeString(folder.getParent().resolve("notes.bin"), "ignored");
    CliRun run = CliRun.of("analyze", folder.getParent().toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, lines(run.out()).size());
  }

  @Test
  void jsonFormatIsOneArray() throws Exception {
    CliRun run = CliRun.of("analyze", "--format", "json", arabic.toString(), persian.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode array = JSON.readTree(run.out());
    assertEquals(2, array.size());
  }

  @Test
  void textFormatListsSentencesWithOffsets() {
    CliRun run = CliRun.of("analyze", "--format", "text", persian.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("  0      0-54     وزیر ارتباطات ایران گفت: «همکاری‌ها ادامه خواهد یافت.»"), run.out());
  }

  @Test
  void unknownFlagIsAUsageErrorOnOneLine() {
    CliRun run = CliRun.of("analyze", "--colour", "x.txt");
    assertEquals(2, run.exit());
    assertEquals(List.of("analyzer: Unknown option: '--colour' (see --help)"), run.err().lines().toList());
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("analyze"), run.out());
  }
}
