package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    // 8 bits a value: 0.5 is stored as 64 steps of 1/127
    assertArrayEquals(new float[] {64 * (1f / 127), -127 * (1f / 127)}, loaded.vector("امن"));
    assertArrayEquals(new float[] {1f, 0f}, loaded.vector("برق"));
    assertNull(loaded.vector("كهرباء"));
  }

  @Test
  void eachValueComesBackWithinHalfAStepOfItsVectorsScale(@TempDir Path dir) throws IOException {
    float[] vector = {0.013f, -0.27f, 0.081f, 0.3f, -0.0004f};
    Path file = dir.resolve("vectors.bin");
    WordVectors.of(5, Map.of("كهرباء", vector)).save(file);

    float[] loaded = WordVectors.load(file).vector("كهرباء");

    for (int d = 0; d < vector.length; d++) {
      assertEquals(vector[d], loaded[d], 0.3f / 127 / 2 + 1e-7f, "value " + d);
    }
  }

  @Test
  void theSameVectorsGiveTheSameBytes(@TempDir Path dir) throws IOException {
    WordVectors vectors = WordVectors.of(1, Map.of("نفط", new float[] {1}, "نفت", new float[] {-1},
        "غاز", new float[] {0.5f}));
    vectors.save(dir.resolve("a.bin"));
    vectors.save(dir.resolve("b.bin"));

    assertEquals(true, Arrays.equals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin"))));
  }

  @Test
  void termsOutsideTheBasicPlaneAreFoundToo(@TempDir Path dir) throws IOException {
    // UTF-16 puts 😀 (a surrogate pair) before the presentation form ﻻ; UTF-8, the file's order, after it
    WordVectors vectors = WordVectors.of(1, Map.of("😀", new float[] {1}, "ﻻ", new float[] {-1}, "امن", new float[] {0}));
    Path file = dir.resolve("vectors.bin");
    vectors.save(file);

    WordVectors loaded = WordVectors.load(file);

    assertArrayEquals(new float[] {1}, loaded.vector("😀"));
    assertArrayEquals(new float[] {-1}, loaded.vector("ﻻ"));
    assertArrayEquals(new float[] {0}, loaded.vector("امن"));
    assertNull(loaded.vector("ا"));
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

  @Test
  void aTruncatedFileIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vectors.bin");
    WordVectors.of(2, Map.of("امن", new float[] {0.5f, -1f})).save(file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));

    assertThrows(IOException.class, () -> WordVectors.load(file));
  }
}
