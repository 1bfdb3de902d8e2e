package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tuning runs on dev must not see the held-out ledger series, not even their totals. */
class EvaluateLedgerSplitTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));

  @Test
  void aDevRunScoresTheDevSeriesAloneAndPrintsNoTestTotals() {
    CliRun run = CliRun.of("evaluate", "--ledger-only", "--split", "dev", "--set", "corpus",
        "--corpus", ROOT.resolve("corpus").toString(), "--models", ROOT.resolve("models").toString());
    assertEquals(ExitCode.OK, run.exit());
    List<String> scored = run.out().lines()
        .filter(l -> l.matches("^(dev|test) +(gold commitments|end to end) .*"))
        .map(l -> l.replaceAll("^(\\w+) +(gold commitments|end to end) .*", "$1 $2"))
        .toList();
    assertEquals(List.of("dev gold commitments", "dev end to end"), scored);
    assertFalse(run.out().contains("series test"));
  }
}
