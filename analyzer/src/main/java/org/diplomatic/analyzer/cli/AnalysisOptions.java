package org.diplomatic.analyzer.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.ReadLimits;
import org.diplomatic.analyzer.text.TextReader;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads and analyzes files ({@code --models}, {@code --max-bytes},
 * {@code --encoding}): a mixin.
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

  DocumentFileReader reader() {
    return new DocumentFileReader(ReadLimits.defaults().withMaxBytes(maxBytes), encoding);
  }

  Pipeline pipeline() {
    return new Pipeline(PipelineConfig.defaults(ModelsDir.resolve(models)));
  }
}
