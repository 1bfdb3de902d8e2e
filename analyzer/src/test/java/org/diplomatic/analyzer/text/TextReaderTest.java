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
  void readsWindows1256ThatIsNotUtf8AndSaysSo() throws Exception {
    Path f = dir.resolve("cp1256.txt");
    Files.write(f, new byte[] {(byte) 0xC7, (byte) 0xE1, (byte) 0xE6, (byte) 0xD2, (byte) 0xED, (byte) 0xD1});
    TextInput input = reader.read(f);
    assertEquals("الوزير", input.text());
    assertEquals("windows-1256", input.readAs());
  }

  @Test
  void readsPersianInWindows1256() throws Exception {
    Path f = dir.resolve("fa.txt");
    String text = "وزير نيرو گفت که دو کشور همکاري برق را گسترش خواهند داد.";
    Files.write(f, text.getBytes("windows-1256"));
    assertEquals(text, reader.read(f).text());
    assertEquals("windows-1256", reader.read(f).readAs());
  }

  @Test
  void readsIso88596() throws Exception {
    Path f = dir.resolve("iso.txt");
    String text = "استقبل وزير الكهرباء العراقي السفير الإيراني في بغداد.";
    Files.write(f, text.getBytes("ISO-8859-6"));
    assertEquals(text, reader.read(f).text());
    assertEquals("ISO-8859-6", reader.read(f).readAs());
  }

  @Test
  void readsUtf16WithAndWithoutAByteOrderMark() throws Exception {
    String text = "قال الوزير: سيتم توقيع الاتفاقية.\nوزیر گفت.";
    Path marked = Files.write(dir.resolve("marked.txt"), text.getBytes(StandardCharsets.UTF_16));
    Path le = Files.write(dir.resolve("le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    Path be = Files.write(dir.resolve("be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(text, reader.read(marked).text());
    assertEquals("UTF-16BE", reader.read(marked).readAs());
    assertEquals(text, reader.read(le).text());
    assertEquals("UTF-16LE", reader.read(le).readAs());
    assertEquals(text, reader.read(be).text());
    assertEquals("UTF-16BE", reader.read(be).readAs());
  }

  @Test
  void utf8IsNotReportedAsReadInAnotherCharset() throws Exception {
    Path f = Files.writeString(dir.resolve("utf8.txt"), "قال الوزير.");
    assertEquals(null, reader.read(f).readAs());
  }

  @Test
  void rejectsLatinTextInALegacyCodePageNamingTheOption() throws Exception {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "Le ministre a visité le café près de la frontière.".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(f + ": not valid UTF-8 (bad byte sequence at byte 19), nor Arabic or Persian text in "
        + "Windows-1256, ISO-8859-6 or UTF-16 (name its charset with --encoding)",
        assertThrows(InputRejectedException.class, () -> reader.read(f)).getMessage());
  }

  @Test
  void aChosenCharsetIsUsedStrictlyAndNotReported() throws Exception {
    TextReader latin = new TextReader(1000, StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "café".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("café", latin.read(f).text());
    assertEquals(null, latin.read(f).readAs());
    TextReader utf8 = new TextReader(1000, StandardCharsets.UTF_8);
    assertEquals(f + ": not valid UTF-8 (bad byte sequence at byte 3)",
        assertThrows(InputRejectedException.class, () -> utf8.read(f)).getMessage());
  }

  @Test
  void aDanglingSymbolicLinkIsReportedAsSuch() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));
    assertEquals(link + ": broken symbolic link (to " + dir.resolve("gone.txt") + ")",
        assertThrows(InputRejectedException.class, () -> reader.read(link)).getMessage());
  }

  @Test
  void aFileNameWithControlCharactersCannotSplitItsErrorLine() throws Exception {
    Path f = dir.resolve("a\nanalyzer: b.txt: forged\u202E.txt");
    Files.write(f, new byte[] {0, 1, 2});
    assertEquals(dir + "/a\\nanalyzer: b.txt: forged\\u202E.txt: binary file (contains NUL bytes)",
        assertThrows(InputRejectedException.class, () -> reader.read(f)).getMessage());
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
