package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorsTest {
  @Test
  void savedVectorsLoadBackTermForTerm(@TempDir Path dir) throws IOException {
    WordVectors vectors = WordVectors.of(2, Map.of("امن", new float[] {0.5f, -1f}, "برق", new float[] {1f, 0f}));
    Path file = dir.resolve("vectors.bin");
    vectors.save(file);

    WordVectors loaded = WordVectors.load(file);

    assertEquals(2, loaded.dimension());
    assertEquals(2, loaded.size());
    assertArrayEquals(new float[] {0.5f, -1f}, loaded.vector("امن"));
    assertNull(loaded.vector("كهرباء"));
  }

  @Test
  void aVectorOfTheWrongLengthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WordVectors.of(3, Map.of("امن", new float[] {1f})));
  }

  @Test
  void aFileOfAnotherKindIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("other.bin");
    Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

    assertThrows(IOException.class, () -> WordVectors.load(file));
  }
}
