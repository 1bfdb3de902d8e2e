package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.TextInput;
import org.diplomatic.analyzer.text.TextReader;
import picocli.CommandLine.Command;
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

  @Option(names = "--format", description = "jsonl (default), json or text", defaultValue = "jsonl")
  Format format;

  @Option(names = "--models", description = "folder of trained models (default: models/)")
  Path models;

  @Option(names = "--max-bytes", description = "skip files larger than this (default: ${DEFAULT-VALUE})",
      defaultValue = "" + TextReader.DEFAULT_MAX_BYTES)
  long maxBytes;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders or - for stdin")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentFileReader reader = new DocumentFileReader(maxBytes);
    Pipeline pipeline = new Pipeline(PipelineConfig.defaults(ModelsDir.resolve(models)));
    int failed = 0;
    boolean first = true;
    if (format == Format.json) {
      out.println("[");
    }
    for (String path : InputFiles.expand(paths)) {
      TextInput input;
      try {
        input = path.equals("-") ? reader.read("-", System.in) : reader.read(Path.of(path));
      } catch (InputRejectedException e) {
        err.println("analyzer: " + e.getMessage());
        failed++;
        continue;
      }
      AnalyzedDocument doc = pipeline.analyze(input);
      switch (format) {
        case jsonl -> out.println(DocumentJson.write(doc, false));
        case json -> out.print((first ? "" : ",\n") + DocumentJson.write(doc, true));
        case text -> out.println(DocumentText.write(doc));
      }
      first = false;
      out.flush();
    }
    if (format == Format.json) {
      out.println(first ? "]" : "\n]");
    }
    out.flush();
    return failed == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
  }
}
