package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.text.DocumentFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze}: files, folders or stdin to the contract's JSON (one object per document). */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Analyze files, folders (recursively) or stdin ('-'); one JSON object per document on stdout.")
final class AnalyzeCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    json,
    text
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default: one JSON object a line), json "
      + "(one array) or text (a report for people: officials, figures, commitments, quotes, areas, sentences)")
  Format format;

  @Option(names = "--tokens", description = "add each sentence's tokens: Arabic segmented by CoreNLP (clitics "
      + "split off), Persian words with ZWNJ kept (loads the segmenter, about 1.5 s)")
  boolean tokens;

  @Mixin AnalysisOptions analysis;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders or - for stdin")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    analysis.userDate();
    DocumentFileReader reader = analysis.reader();
    Pipeline pipeline = analysis.pipeline();
    boolean[] first = {true};
    if (format == Format.json) {
      out.println("[");
    }
    List<String> files = InputFiles.expand(paths);
    int failed = 0;
    // Lines, never a bar: the documents themselves may be going to the same terminal.
    try (BatchProgress progress = new BatchProgress("analyze", files.size(), err, false)) {
      for (String file : files) {
        failed += AnalyzedInputs.forEach(List.of(file), reader, input -> pipeline.analyze(input,
            analysis.dateHints(input)), err, doc -> {
          switch (format) {
            case jsonl -> out.println(DocumentJson.write(doc, false, tokens));
            case json -> out.print((first[0] ? "" : ",\n") + DocumentJson.write(doc, true, tokens));
            case text -> out.println(DocumentText.write(doc, tokens));
          }
          first[0] = false;
          out.flush();
        });
        progress.step();
      }
    }
    if (format == Format.json) {
      out.println(first[0] ? "]" : "\n]");
    }
    out.flush();
    return failed == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
  }
}
