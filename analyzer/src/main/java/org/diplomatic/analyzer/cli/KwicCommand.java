package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.index.Concordance;
import org.diplomatic.analyzer.index.Occurrence;
import org.diplomatic.analyzer.index.Quote;
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
  // Bidi isolates (see KwicOutput.line): without them one Arabic run would swallow padding, brackets and all.
  static final char RLI = '\u2067';
  static final char FSI = '\u2068';
  static final char PDI = '\u2069';

  @Spec CommandSpec spec;

  @Option(names = "--index", description = "index folder (made by index)")
  Path index;

  /** Accepted only to say, in one line, that this command reads a local index. */
  @Option(names = {"--solr", "--collection"}, hidden = true)
  List<String> solr;

  @Option(names = "--format", defaultValue = "table",
      description = "table (default: aligned lines for a terminal), json or csv (contexts in logical order)")
  SearchCommand.Format format;

  @Option(names = "--bom", description = "start CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8")
  boolean bom;

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
    if (solr != null) {
      throw new ParameterException(spec.commandLine(), "kwic needs a local index (--index DIR): SolrCloud collections "
          + "are read by search --solr only");
    }
    if (index == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--index=<index>'");
    }
    if (width < 1) {
      throw new ParameterException(spec.commandLine(), "--width must be 1 or more");
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more");
    }
    if (bom && format != SearchCommand.Format.csv) {
      throw new ParameterException(spec.commandLine(), "--bom goes with --format csv");
    }
    if (lang != null) {
      new FilterValues(spec.commandLine()).langs(List.of(lang));
    }
    String phrase = String.join(" ", terms);
    List<Occurrence> found;
    try (Concordance concordance = Concordance.open(index)) {
      found = concordance.find(phrase, lang, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case table -> KwicOutput.table(found, width);
      case json -> KwicOutput.json(phrase, found, width);
      case csv -> (bom ? "\uFEFF" : "") + KwicOutput.csv(found, width);
    });
    out.flush();
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("analyzer: no occurrence of " + Quote.of(phrase));
    }
    return ExitCode.OK;
  }
}
