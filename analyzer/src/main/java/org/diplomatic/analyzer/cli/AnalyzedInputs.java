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
import org.diplomatic.analyzer.text.PrintableName;
import org.diplomatic.analyzer.text.TextInput;

/**
 * Reads and analyzes command-line inputs one by one, reporting each rejected file, each file read in a guessed
 * charset, and each file whose reading or analysis failed (an {@link Error} such as running out of memory
 * included), on one line naming it, and going on.
 */
public final class AnalyzedInputs {
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
      } catch (Throwable e) { // a parser's bug or OutOfMemoryError on one file must not end the batch
        err.println(failure(path, "reading failed", e));
        failed++;
        continue;
      }
      noteCharset(input, err);
      T analyzed;
      try {
        analyzed = analyze.apply(input);
      } catch (Throwable e) { // a bug meeting unusual text must not end the batch; name the file, go on
        err.println(failure(input.source(), "analysis failed", e));
        failed++;
        continue;
      }
      action.accept(analyzed);
    }
    return failed;
  }

  /** Says, on stderr, which charset a file was read in when it was guessed and is not UTF-8. */
  static void noteCharset(TextInput input, PrintWriter err) {
    if (input.readAs() != null) {
      err.println("analyzer: " + PrintableName.of(input.source()) + ": read as " + input.readAs());
    }
  }

  /** One line naming the file and what went wrong ({@code what}: "analysis failed"). */
  public static String failure(String source, String what, Throwable e) {
    String cause = e instanceof OutOfMemoryError ? "out of memory: " + e
        : e instanceof StackOverflowError ? "stack overflow: text nested or repeated too deeply" : e.toString();
    return "analyzer: " + PrintableName.of(source) + ": " + what + " (" + cause.replaceAll("\\s+", " ").strip()
        + ")";
  }
}
