package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.index.Concordance;
import org.diplomatic.analyzer.index.Occurrence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kwic}: every occurrence of a word or phrase in the index, one line each, aligned on the match. */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = "Keyword in context: each occurrence of a word or phrase across the index, aligned on the match.")
final class KwicCommand implements Callable<Integer> {
  // Each column is a bidi isolate, so a terminal that reorders right-to-left text does it inside the column and the
  // columns keep their left-to-right order; without them one Arabic run would swallow padding, brackets and all.
  static final char RLI = '\u2067';
  static final char FSI = '\u2068';
  static final char PDI = '\u2069';

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "index folder (made by index)")
  Path index;

  @Option(names = "--width", defaultValue = "40",
      description = "columns of context each side (default: ${DEFAULT-VALUE})")
  int width;

  @Option(names = "--limit", defaultValue = "100", description = "lines to show at most (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--lang", description = "ar or fa")
  String lang;

  @Parameters(arity = "1..*", paramLabel = "TERM", description = "a word, or several forming a phrase")
  List<String> terms;

  @Override
  public Integer call() {
    if (width < 1) {
      throw new ParameterException(spec.commandLine(), "--width must be 1 or more");
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more");
    }
    if (lang != null && !lang.equals("ar") && !lang.equals("fa")) {
      throw new ParameterException(spec.commandLine(), "--lang must be ar or fa: " + lang);
    }
    String phrase = String.join(" ", terms);
    List<Occurrence> found;
    try (Concordance concordance = Concordance.open(index)) {
      found = concordance.find(phrase, lang, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    int sourceWidth = found.stream().mapToInt(o -> Occurrence.columns(o.source())).max().orElse(0);
    for (Occurrence o : found) {
      out.println(line(o, sourceWidth, width));
    }
    out.flush();
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("analyzer: no occurrence of '" + phrase + "'");
    }
    return ExitCode.OK;
  }

  /** source, left context right-aligned, [match], right context; padding stays outside the isolates. */
  static String line(Occurrence o, int sourceWidth, int width) {
    String before = o.before(width);
    return FSI + o.source() + PDI + " ".repeat(sourceWidth - Occurrence.columns(o.source()) + 2)
        + " ".repeat(width - Occurrence.columns(before)) + RLI + before + PDI
        + " [" + RLI + o.match() + PDI + "] "
        + RLI + o.after(width) + PDI;
  }
}
