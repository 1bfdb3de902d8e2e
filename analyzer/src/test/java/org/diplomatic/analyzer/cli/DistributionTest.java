package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution that {@code mvn package} builds runs from any folder. It exists only after a package (CI packages
 * before it tests); otherwise this test is skipped with one line.
 */
class DistributionTest {
  private static final Path LAUNCHER = Path.of("target/dist/bin/analyzer").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void theLauncherAnalyzesAFileFromAnotherFolder() throws Exception {
    if (!Files.isExecutable(LAUNCHER)) {
      System.err.println("skipped: the distribution's launcher (no " + LAUNCHER + "; run mvn package first)");
    }
    assumeTrue(Files.isExecutable(LAUNCHER), "no distribution built");
    Path text = Files.writeString(dir.resolve("a.txt"), "قال وزير الخارجية العراقي فؤاد حسين إن البلدين سيوقعان "
        + "اتفاقية للطاقة خلال شهرين.");
    Process p = new ProcessBuilder(LAUNCHER.toString(), "analyze", "a.txt").directory(dir.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), Files.readString(dir.resolve("stderr.txt")));
    assertEquals("ar", new ObjectMapper().readTree(out.lines().findFirst().orElseThrow()).get("lang").asText());
  }
}
