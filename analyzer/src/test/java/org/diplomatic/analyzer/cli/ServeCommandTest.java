package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void theHelpSaysItListensOnTheLoopbackAddressByDefault() {
    String help = CliRun.of("serve", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("address to listen on (default: 127.0.0.1, this machine only;"), help);
    assertTrue(help.contains("--analyze"), help);
  }

  @Test
  void aMissingIndexIsAOneLineUsageError() {
    CliRun run = CliRun.of("serve", "--index", dir.resolve("none").toString(), "--port", "0");
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals("analyzer: no index at " + dir.resolve("none") + " (run 'analyzer index' first)\n",
        run.err().replace("\r\n", "\n"));
  }

  @Test
  void aCorsValueThatIsNotAnOriginIsAUsageError() {
    CliRun run = CliRun.of("serve", "--index", dir.toString(), "--cors", "*");
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals("analyzer: --cors must be an origin such as http://localhost:3000: * (see --help)\n",
        run.err().replace("\r\n", "\n"));
  }
}
