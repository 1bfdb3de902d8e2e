package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a fresh JVM, since the libraries' logging is set up once per process and may write to the real stdout. */
class AnalyzeStdoutTest {
  @TempDir Path dir;

  @Test
  void analyzingAnHtmlFilePrintsNothingButTheJsonOnStdout() throws Exception {
    Path html = Files.writeString(dir.resolve("a.html"), "<html><body><p>قال وزير الخارجية العراقي فؤاد حسين "
        + "إن البلدين سيوقعان اتفاقية للطاقة.</p></body></html>");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze", html.toString())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), Files.readString(dir.resolve("stderr.txt")));
    List<String> lines = out.lines().toList();
    assertEquals(1, lines.size(), out);
    JsonNode doc = new ObjectMapper().readTree(lines.get(0));
    assertEquals("ar", doc.get("lang").asText());
    assertEquals(html.toString(), doc.get("source").asText());
  }

  @Test
  void aDamagedPdfGetsOneErrorLineAndNoLibraryWarnings() throws Exception {
    String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\nxref\n0 4\n"
        + "trailer<</Size 4/Root 1 0 R>>\nstartxref\n300\n%%EOF\n";
    byte[] damaged = pdf.getBytes(StandardCharsets.US_ASCII);
    for (int i = 60; i < 90; i++) {
      damaged[i] ^= 0x5A;
    }
    Path file = Files.write(dir.resolve("damaged.pdf"), damaged);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze", file.toString())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor());
    assertEquals("", out);
    List<String> err = Files.readAllLines(dir.resolve("stderr.txt"));
    assertEquals(1, err.size(), String.join("\n", err));
    assertEquals(true, err.get(0).startsWith("analyzer: " + file + ": "), err.get(0));
  }
}
