package org.diplomatic.analyzer.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.diplomatic.analyzer.dates.DateHints;
import org.diplomatic.analyzer.dates.DateSource;
import org.diplomatic.analyzer.dates.DocumentDate;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.ReadLimits;
import org.diplomatic.analyzer.text.TextInput;
import org.diplomatic.analyzer.text.TextReader;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads and analyzes files ({@code --models}, {@code --max-bytes},
 * {@code --encoding}, {@code --date}): a mixin.
 */
final class AnalysisOptions {
  @Option(names = "--models", description = "folder of trained models (default: models/)")
  Path models;

  @Option(names = "--max-bytes", description = "skip files larger than this (default: ${DEFAULT-VALUE})",
      defaultValue = "" + TextReader.DEFAULT_MAX_BYTES)
  long maxBytes;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "read plain-text files and stdin in this "
      + "charset (e.g. windows-1256) instead of detecting UTF-8, UTF-16, Windows-1256 or ISO-8859-6")
  Charset encoding;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the documents' date (also yyyy-mm or yyyy); "
      + "wins over a sidecar <file>.date, which wins over the dateline and the text")
  String date;

  /** The --date given, or null; a malformed one is an error naming the option. */
  DocumentDate userDate() {
    if (date == null) {
      return null;
    }
    if (!DocumentDate.valid(date)) {
      throw new IllegalArgumentException("--date: not an ISO date (yyyy-mm-dd, yyyy-mm or yyyy): '" + date + "'");
    }
    return new DocumentDate(date, DateSource.USER);
  }

  /** The user's date for one input (--date, else the sidecar beside its file) and its metadata's creation day. */
  DateHints dateHints(TextInput input) {
    return DateHints.of(input, userDate());
  }

  DocumentFileReader reader() {
    return new DocumentFileReader(ReadLimits.defaults().withMaxBytes(maxBytes), encoding);
  }

  Pipeline pipeline() {
    return new Pipeline(PipelineConfig.defaults(ModelsDir.resolve(models)));
  }
}
