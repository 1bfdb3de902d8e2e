package org.diplomatic.analyzer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code analyzer} command line: subcommands for analysis, training, evaluation, indexing and search. */
@Command(
    name = "analyzer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Arabic/Persian diplomatic text and meeting-minutes analyzer.",
    scope = CommandLine.ScopeType.INHERIT,
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:the command ran but some inputs failed (each named on stderr)",
        "2:usage error, or nothing could be done"},
    footer = "%nJSON fields, units and area labels: docs/contract.md in the distribution.")
public final class Main implements Runnable {
  /** The subcommands by name, in help order; built on demand (see {@link #commandLine(String...)}). */
  static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("analyze", AnalyzeCommand::new);
    COMMANDS.put("index", IndexCommand::new);
    COMMANDS.put("search", SearchCommand::new);
    COMMANDS.put("bench", BenchCommand::new);
    COMMANDS.put("kwic", KwicCommand::new);
    COMMANDS.put("commitments", CommitmentsCommand::new);
    COMMANDS.put("serve", ServeCommand::new);
    COMMANDS.put("ledger", LedgerCommand::new);
    COMMANDS.put("officials", OfficialsCommand::new);
    COMMANDS.put("train", TrainCommand::new);
    COMMANDS.put("evaluate", EvaluateCommand::new);
    COMMANDS.put("validate-corpus", ValidateCorpusCommand::new);
    COMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Builds the command line with every subcommand, the contract's exit codes and one-line error messages. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for {@code args}: when they start with a subcommand's name, with that subcommand alone, since
   * picocli reflects over every registered command up front (~0.2 s of a cold {@code search}); else with all.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new Main());
    if (args.length > 0 && COMMANDS.containsKey(args[0]) && !"help".equals(args[0])) {
      cl.addSubcommand(COMMANDS.get(args[0]).get());
    } else {
      COMMANDS.values().forEach(command -> cl.addSubcommand(command.get()));
    }
    cl.setExitCodeExceptionMapper(t -> ExitCode.USAGE);
    cl.setParameterExceptionHandler(
        (ex, ignored) -> {
          ex.getCommandLine().getErr().println("analyzer: " + shortLine(ex.getMessage()) + " (see --help)");
          return ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("analyzer: " + shortLine(oneLine(ex)));
          return ExitCode.USAGE;
        });
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
    return cl;
  }

  /** Longest error line printed: picocli quotes a rejected value whole, and a value can be a 40 KB paste. */
  static final int MAX_ERROR_CHARS = 300;

  /** One line of at most {@link #MAX_ERROR_CHARS} characters, its middle elided. */
  static String shortLine(String message) {
    String line = message.replace('\n', ' ').replace('\r', ' ');
    if (line.length() <= MAX_ERROR_CHARS) {
      return line;
    }
    int half = (MAX_ERROR_CHARS - 5) / 2;
    return line.substring(0, half) + " ... " + line.substring(line.length() - half);
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replace('\n', ' ');
  }

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }
}
