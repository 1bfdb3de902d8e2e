package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.eval.CorpusValidator;
import org.diplomatic.analyzer.eval.GoldCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate-corpus}: checks every gold file against its text and the contract, and prints the counts. */
@Command(
    name = "validate-corpus",
    mixinStandardHelpOptions = true,
    description = "Check the annotated corpus (offsets, labels, units, values) and print its counts.")
final class ValidateCorpusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", description = "corpus folder (default: corpus)", defaultValue = "corpus")
  Path corpus;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CorpusValidator.Report report = new CorpusValidator().validate(GoldCorpus.open(corpus));
    for (Map.Entry<String, Integer> e : report.counts().entrySet()) {
      out.printf("%-40s %6d%n", e.getKey(), e.getValue());
    }
    report.problems().forEach(p -> err.println("analyzer: " + p));
    out.printf("%d problem(s)%n", report.problems().size());
    return report.ok() ? ExitCode.OK : ExitCode.SOME_FAILED;
  }
}
