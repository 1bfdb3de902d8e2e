package org.diplomatic.analyzer.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;

/**
 * One {@link Pipeline} per models folder per JVM, built on first use and shared by every slot of a task manager:
 * the pipeline is thread-safe, and each copy costs 56 MB of heap and 2.5 s to build (measured on a loaded 2-core
 * machine; the first, with class loading, 7 s), which one per slot would pay again for every slot.
 */
final class SharedPipeline {
  // Static on purpose: Flink makes one function instance per slot, and the point is one pipeline for all of them.
  // A cluster loads the job's classes once per job in each task manager, so this is per job and JVM.
  private static final Map<Path, Pipeline> BY_MODELS = new ConcurrentHashMap<>();

  private SharedPipeline() {}

  static Pipeline of(Path models) {
    return BY_MODELS.computeIfAbsent(models.toAbsolutePath().normalize(),
        dir -> new Pipeline(PipelineConfig.defaults(dir)));
  }
}
