package org.diplomatic.analyzer.cli;

import java.nio.file.Path;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.TextReader;
import picocli.CommandLine.Option;

/** The options of every command that reads and analyzes files ({@code --models}, {@code --max-bytes}): a mixin. */
final class AnalysisOptions {
  @Option(names = "--models", description = "folder of trained models (default: models/)")
  Path models;

  @Option(names = "--max-bytes", description = "skip files larger than this (default: ${DEFAULT-VALUE})",
      defaultValue = "" + TextReader.DEFAULT_MAX_BYTES)
  long maxBytes;

  DocumentFileReader reader() {
    return new DocumentFileReader(maxBytes);
  }

  Pipeline pipeline() {
    return new Pipeline(PipelineConfig.defaults(ModelsDir.resolve(models)));
  }
}
