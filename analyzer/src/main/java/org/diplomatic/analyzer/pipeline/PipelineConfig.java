package org.diplomatic.analyzer.pipeline;

import java.nio.file.Path;

/**
 * How the pipeline is built. {@code modelsDir}: trained models (default {@code models/}); {@code segmentArabic}:
 * tokenize Arabic with CoreNLP's clitic segmenter (default true) rather than plain words.
 */
public record PipelineConfig(Path modelsDir, boolean segmentArabic) {
  public static PipelineConfig defaults(Path modelsDir) {
    return new PipelineConfig(modelsDir, true);
  }
}
