package org.diplomatic.analyzer.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarDateTest {
  @TempDir Path dir;

  @Test
  void readsTheFirstLineOfTheSidecarAsTheUsersDate() throws IOException {
    Path file = Files.writeString(dir.resolve("statement.txt"), "بيان\nبغداد، 3 آب 2025");
    Files.writeString(dir.resolve("statement.txt.date"), "\n 2025-08-04 \n");
    assertEquals(Optional.of(new DocumentDate("2025-08-04", DateSource.USER)), SidecarDate.of(file));
  }

  @Test
  void isEmptyWithoutASidecar() throws IOException {
    assertEquals(Optional.empty(), SidecarDate.of(Files.writeString(dir.resolve("a.txt"), "نص")));
  }

  @Test
  void namesAMalformedSidecar() throws IOException {
    Path file = Files.writeString(dir.resolve("b.txt"), "نص");
    Files.writeString(dir.resolve("b.txt.date"), "3 آب 2025");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SidecarDate.of(file));
    assertTrue(e.getMessage().contains("b.txt.date"), e.getMessage());
  }
}
