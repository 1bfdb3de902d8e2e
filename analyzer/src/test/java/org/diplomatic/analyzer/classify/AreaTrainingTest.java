package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaTrainingTest {
  @Test
  void refusesToTuneOnArticlesItAlsoTrainsOn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AreaTraining.run(null, List.of(),
        List.of(), Path.of("unused"), AreaTrainer.Settings.defaults(), AreaTraining.REAL_REPEATS, 1, true));
    assertEquals("articles tuned on must not be trained on (article repeats 1)", e.getMessage());
  }

  @Test
  void sampleFStaysOutOfTheTrainingSamples() {
    assertFalse(AreaTraining.ARTICLE_SAMPLES.contains("F"));
  }
}
