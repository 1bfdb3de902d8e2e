package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaVectorsTest {
  @Test
  void aQueryWeighsEachAreaByTheSoftmaxOfThirtyTimesItsCosine() {
    Map<String, float[]> areas = new LinkedHashMap<>();
    areas.put("energy", new float[] {2f, 0f});
    areas.put("tourism_pilgrimage", new float[] {0f, 1f});
    Map<String, Double> w = AreaVectors.of(areas).weights(new float[] {1f, 0f});

    double energy = 1 / (1 + Math.exp(-30));
    assertEquals(energy, w.get("energy"), 1e-12);
    assertEquals(1 - energy, w.get("tourism_pilgrimage"), 1e-12);
  }

  @Test
  void theFileIsReadWithItsLabelsInOrderAndAMalformedLineIsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("area-vectors.tsv");
    Files.writeString(file, "# comment\nenergy\t0.6 0.8\nhealth\t1 0\n");
    AreaVectors areas = AreaVectors.load(file);
    assertEquals(List.of("energy", "health"), areas.labels());
    assertEquals(2, areas.dimension());
    Files.writeString(file, "energy 0.6 0.8\n");
    IOException e = assertThrows(IOException.class, () -> AreaVectors.load(file));
    assertEquals(file + ": not 'label<TAB>values': energy 0.6 0.8", e.getMessage());
  }
}
