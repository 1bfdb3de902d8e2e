package org.diplomatic.analyzer.batch;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Slots of one task manager that open at the same time get the one pipeline of their models folder. */
class SharedPipelineTest {
  private static final Path MODELS = Path.of(System.getProperty("analyzer.root", "..")).resolve("models");

  @Test
  void givesTwoSlotsOpeningTogetherTheSamePipeline() {
    CompletableFuture<Pipeline> first = CompletableFuture.supplyAsync(() -> SharedPipeline.of(MODELS));
    CompletableFuture<Pipeline> second = CompletableFuture.supplyAsync(() -> SharedPipeline.of(MODELS.resolve(".")));
    assertSame(first.join(), second.join());
  }
}
