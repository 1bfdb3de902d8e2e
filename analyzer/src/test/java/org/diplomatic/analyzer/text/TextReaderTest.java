package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
  @TempDir Path dir;

  private final TextReader reader = new TextReader(1000);

  @Test
  void dropsTheByteOrderMarkAndKeepsLineEnds() throws Exception {
    Path f = dir.resolve("bom.txt");
    Files.write(f, ("\uFEFFقال الوزير.\r\nوأضاف.").getBytes(StandardCharsets.UTF_8));
    assertEquals("قال الوزير.\r\nوأضاف.", reader.read(f).text());
  }

  @Test
  void rejectsInvalidUtf8NamingTheFile() throws Exception {
    Path f = dir.resolve("cp1256.txt");
    Files.write(f, new byte[] {(byte) 0xC7, (byte) 0xE1, (byte) 0xE6, (byte) 0xD2, (byte) 0xED, (byte) 0xD1});
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": not valid UTF-8 (bad byte sequence at byte 0)", e.getMessage());
  }

  @Test
  void rejectsBinaryFiles() throws Exception {
    Path f = dir.resolve("image.png");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": binary file (contains NUL bytes)", e.getMessage());
  }

  @Test
  void rejectsEmptyAndBlankFiles() throws Exception {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, " \n\t\n");
    assertEquals(f + ": empty file", assertThrows(InputRejectedException.class, () -> reader.read(f)).getMessage());
  }

  @Test
  void rejectsFilesOverTheSizeLimit() throws Exception {
    Path f = dir.resolve("huge.txt");
    Files.writeString(f, "ب".repeat(600));
    assertEquals(
        f + ": too large (1200 bytes; limit 1000)",
        assertThrows(InputRejectedException.class, () -> reader.read(f)).getMessage());
  }

  @Test
  void rejectsMissingFiles() {
    Path f = dir.resolve("missing.txt");
    assertEquals(f + ": no such file", assertThrows(InputRejectedException.class, () -> reader.read(f)).getMessage());
  }

  @Test
  void readsStandardInputAsDash() throws Exception {
    var in = new ByteArrayInputStream("وزیر گفت.".getBytes(StandardCharsets.UTF_8));
    TextInput input = reader.read("-", in);
    assertEquals("-", input.source());
    assertEquals("وزیر گفت.", input.text());
  }
}
