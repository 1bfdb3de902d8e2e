package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.TextInput;

/**
 * Reads and analyzes command-line inputs one by one, reporting each rejected file, and each file whose analysis
 * failed, on one line naming it, and going on.
 */
final class AnalyzedInputs {
  private AnalyzedInputs() {}

  /** Calls {@code action} for every input that could be read and analyzed; returns how many could not. */
  static int forEach(List<String> paths, DocumentFileReader reader, Pipeline pipeline, PrintWriter err,
      Consumer<AnalyzedDocument> action) {
    return forEach(paths, reader, pipeline::analyze, err, action);
  }

  static <T> int forEach(List<String> paths, DocumentFileReader reader, Function<TextInput, T> analyze,
      PrintWriter err, Consumer<T> action) {
    int failed = 0;
    for (String path : InputFiles.expand(paths)) {
      TextInput input;
      try {
        input = path.equals("-") ? reader.read("-", System.in) : reader.read(Path.of(path));
      } catch (InputRejectedException e) {
        err.println("analyzer: " + e.getMessage());
        failed++;
        continue;
      }
      T analyzed;
      try {
        analyzed = analyze.apply(input);
      } catch (RuntimeException e) { // a bug meeting unusual text must not end the batch; name the file, go on
        err.println("analyzer: " + input.source() + ": analysis failed (" + e + ")");
        failed++;
        continue;
      }
      action.accept(analyzed);
    }
    return failed;
  }
}
