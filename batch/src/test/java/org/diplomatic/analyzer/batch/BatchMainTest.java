package org.diplomatic.analyzer.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.diplomatic.analyzer.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job in a local cluster of 2 slots over real corpus documents and five bad files: it finishes, its JSON
 * lines are the CLI's {@code analyze --format jsonl} lines for the same folder, and each bad file has one error line,
 * worded as the CLI words it.
 */
class BatchMainTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));
  private static final Path MODELS = ROOT.resolve("models");

  @TempDir static Path dir;
  private static Path input;
  private static Path output;
  private static CommandRun batch;
  private static CommandRun cli;

  @BeforeAll
  static void runTheJob() throws Exception {
    input = Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("ar/ar-min-001.txt", "ar/ar-min-002.txt", "fa/fa-min-001.txt", "fa/fa-min-002.txt")) {
      Files.copy(ROOT.resolve("corpus").resolve(name), input.resolve(Path.of(name).getFileName()));
    }
    byte[] docx = docx("<w:p><w:r><w:t>اتفق الجانبان على رفع حجم التبادل التجاري إلى 20 مليار دولار سنويا.</w:t></w:r></w:p>");
    Files.write(input.resolve("minutes.docx"), docx);
    Files.write(input.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
    Files.writeString(input.resolve("empty.txt"), "");
    Files.write(input.resolve("binary.txt"), new byte[] {'P', 'K', 0, 0, 3, 4, 0, 0, 0, 1, 2});
    byte[] signed = "وقع الجانبان مذكرة تفاهم".getBytes(StandardCharsets.UTF_8);
    byte[] stray = Arrays.copyOf(signed, signed.length + 2);
    stray[signed.length] = (byte) 0xFF;
    stray[signed.length + 1] = (byte) 0xFE;
    Files.write(input.resolve("bad-utf8.txt"), stray);
    try (RandomAccessFile huge = new RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(21L << 20); // sparse: over the 20 MiB limit without writing it
    }
    output = dir.resolve("out");
    batch = CommandRun.of(BatchMain.commandLine(), "--input", input.toString(), "--output", output.toString(),
        "--parallelism", "2", "--models", MODELS.toString());
    cli = CommandRun.of(Main.commandLine("analyze"), "analyze", "--format", "jsonl", "--models", MODELS.toString(),
        input.toString());
  }

  @Test
  void finishesAndSaysSomeInputsFailed() {
    assertEquals(1, batch.exit(), batch.err());
    assertTrue(batch.out().startsWith("analyzed 5, failed 5 in "), batch.out());
  }

  @Test
  void writesTheSameJsonLinesAsTheAnalyzeCommand() throws IOException {
    assertEquals(sortedLines(cli.out()), sortedLines(String.join("\n", partLines())));
    assertEquals(5, partLines().size());
  }

  @Test
  void namesEachBadFileOnceWithTheCliWording() throws IOException {
    List<String> errors = Files.readAllLines(output.resolve("errors.txt")).stream().sorted().toList();
    String name = input + "/";
    assertEquals(List.of(
        "analyzer: " + name + "bad-utf8.txt: not valid UTF-8 (bad byte sequence at byte 45), nor Arabic or Persian "
            + "text in Windows-1256, ISO-8859-6 or UTF-16 (name its charset with --encoding)",
        "analyzer: " + name + "binary.txt: binary file (contains NUL bytes)",
        "analyzer: " + name + "empty.txt: empty file",
        "analyzer: " + name + "huge.txt: too large (22020096 bytes; limit 20971520)",
        "analyzer: " + name + "truncated.docx: corrupt Word document (not a valid zip file)"), errors);
    assertEquals(cli.err().lines().filter(l -> l.startsWith("analyzer: " + name)).sorted().toList(), errors);
  }

  @Test
  void refusesAnOutputFolderThatAlreadyHoldsARunsParts() {
    CommandRun again = CommandRun.of(BatchMain.commandLine(), "--input", input.toString(), "--output",
        output.toString());
    assertEquals(2, again.exit());
    assertEquals("batch: --output " + output + " already holds part-*.jsonl files of a run: give a new or empty "
        + "folder (see --help)", again.err().strip());
  }

  @Test
  void takesSolrAndCollectionOnlyTogether() {
    CommandRun alone = CommandRun.of(BatchMain.commandLine(), "--input", input.toString(), "--output",
        dir.resolve("solr").toString(), "--solr", "zk1:2181/solr");
    assertEquals(2, alone.exit());
    assertEquals("batch: --solr ZKHOSTS and --collection NAME go together (see --help)", alone.err().strip());
  }

  private static List<String> partLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String> sortedLines(String text) {
    return text.lines().filter(l -> !l.isBlank()).sorted().toList();
  }

  /** A minimal Word file: the content types, the package relationship and a document part around {@code body}. */
  private static byte[] docx(String body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      part(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
          + "main\"><w:body>" + body + "</w:body></w:document>");
    }
    return bytes.toByteArray();
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
