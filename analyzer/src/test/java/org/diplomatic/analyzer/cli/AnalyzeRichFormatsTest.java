package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeRichFormatsTest {
  @TempDir Path dir;

  @Test
  void analyzesAnHtmlFileFoundInAFolderWalkAndReportsACorruptPdf() throws Exception {
    Files.writeString(dir.resolve("a.html"), "<html><head><title>بیانیه</title></head><body>"
        + "<h1>صورتجلسه کمیسیون مشترک</h1><p>مقرر شد کارگروه فنی تشکیل شود.</p></body></html>");
    Path pdf = Files.writeString(dir.resolve("b.pdf"), "%PDF-1.7\n");
    CliRun run = CliRun.of("analyze", dir.toString());
    assertEquals(ExitCode.SOME_FAILED, run.exit(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
    assertEquals("fa", doc.get("lang").asText());
    assertEquals(List.of("صورتجلسه کمیسیون مشترک", "مقرر شد کارگروه فنی تشکیل شود."),
        doc.get("sentences").findValuesAsText("text"));
    assertEquals(
        List.of("analyzer: " + pdf + ": corrupt or unreadable PDF (Missing root object specification in trailer.)"),
        run.err().lines().toList());
  }
}
