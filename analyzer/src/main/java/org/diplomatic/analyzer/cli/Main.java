package org.diplomatic.analyzer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code analyzer} command line: subcommands for analysis, training, evaluation, indexing and search. */
@Command(
    name = "analyzer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Arabic/Persian diplomatic text and meeting-minutes analyzer.",
    subcommands = {AnalyzeCommand.class, IndexCommand.class, SearchCommand.class, BenchCommand.class, KwicCommand.class, CommitmentsCommand.class, TrainCommand.class, EvaluateCommand.class, ValidateCorpusCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Builds the command line with the contract's exit codes and one-line error messages. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(t -> ExitCode.USAGE);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println("analyzer: " + ex.getMessage() + " (see --help)");
          return ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("analyzer: " + oneLine(ex));
          return ExitCode.USAGE;
        });
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
    return cl;
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replace('\n', ' ');
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
