package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.eval.CorpusValidator;
import org.diplomatic.analyzer.eval.GoldCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate-corpus}: checks every gold file of the corpus and of the real set (when the published news are
 * there) against its text and the contract, and prints the counts.
 */
@Command(
    name = "validate-corpus",
    mixinStandardHelpOptions = true,
    description = "Check the annotated corpus and the real set (offsets, labels, units, values) and print counts.")
final class ValidateCorpusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", description = "corpus folder (default: corpus)", defaultValue = "corpus")
  Path corpus;

  @Mixin RealSetOptions realSet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean ok = report("", GoldCorpus.open(corpus));
    ok &= realSet.open(err).map(real -> report("real ", real)).orElse(true);
    return ok ? ExitCode.OK : ExitCode.SOME_FAILED;
  }

  private boolean report(String prefix, GoldCorpus set) {
    PrintWriter out = spec.commandLine().getOut();
    CorpusValidator.Report report = new CorpusValidator().validate(set);
    for (Map.Entry<String, Integer> e : report.counts().entrySet()) {
      out.printf("%-40s %6d%n", prefix + e.getKey(), e.getValue());
    }
    report.problems().forEach(p -> spec.commandLine().getErr().println("analyzer: " + p));
    out.printf("%s%d problem(s)%n", prefix, report.problems().size());
    return report.ok();
  }
}
