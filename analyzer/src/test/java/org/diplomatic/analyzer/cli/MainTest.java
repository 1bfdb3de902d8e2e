package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
  @Test
  void eachSubcommandIsRegisteredUnderItsOwnName() {
    for (Map.Entry<String, java.util.function.Supplier<Object>> e : Main.COMMANDS.entrySet()) {
      assertEquals(e.getKey(), new CommandLine(e.getValue().get()).getCommandName());
    }
  }

  @Test
  void aNamedSubcommandIsBuiltAlone() {
    assertEquals(List.of("search"), List.copyOf(Main.commandLine("search", "x").getSubcommands().keySet()));
  }

  @Test
  void helpAndUnknownCommandsSeeEverySubcommand() {
    assertEquals(List.copyOf(Main.COMMANDS.keySet()),
        List.copyOf(Main.commandLine("help", "search").getSubcommands().keySet()));
    assertEquals(Main.COMMANDS.size(), Main.commandLine("serch").getSubcommands().size());
  }

  @Test
  void helpListsEveryCommandInOrder() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exit());
    int last = -1;
    for (String name : Main.COMMANDS.keySet()) {
      int at = run.out().indexOf("  " + name + " ");
      assertTrue(at > last, name + " missing or out of order in " + run.out());
      last = at;
    }
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.of("serch", "التعاون");
    assertEquals(ExitCode.USAGE, run.exit());
    assertTrue(run.err().startsWith("analyzer: Unmatched arguments"), run.err());
  }

  @Test
  void aHugeRejectedValueGivesOneShortErrorLine() {
    CliRun run = CliRun.of("search", "--index", "x", "--limit", "9".repeat(40_000));
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().strip().length() <= Main.MAX_ERROR_CHARS + "analyzer:  (see --help)".length(), run.err());
    assertTrue(run.err().startsWith("analyzer: Invalid value for option '--limit'"), run.err());
  }
}
