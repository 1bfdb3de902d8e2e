package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.PrintableName;
import org.diplomatic.analyzer.text.WordFiles;
import org.diplomatic.analyzer.text.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzz corpus of bad inputs, built here rather than committed: zip bombs, truncated and damaged Word, PDF and
 * OpenDocument files, binary noise, mixed encodings, a huge single line, control characters, deep nesting and a
 * file name that tries to forge an error line. Each must end, within a time and heap budget, in exactly one error
 * line naming it or in an analysis.
 */
class HostileInputsTest {
  private static final String AR = "استقبل وزير الاتصالات العراقي نظيره الإيراني في بغداد واتفق الجانبان على مد كابل ";
  private static final String FA = "وزیر ارتباطات ایران گفت که دو کشور همکاری در حوزه فیبر نوری را گسترش می‌دهند. ";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Duration PER_INPUT = Duration.ofSeconds(20);
  /** Old-generation heap, the pipeline's models included; a runaway parse of a bomb would pass it. */
  private static final long HEAP_BUDGET = 1536L << 20;

  @TempDir Path dir;

  @Test
  void everyHostileInputEndsInOneErrorLineOrAnAnalysisWithinBudget() throws Exception {
    Map<Path, Expect> inputs = corpus();
    // Smaller container limits than the defaults keep the bombs cheap to build; the checks are the same.
    DocumentFileReader reader = new DocumentFileReader(new ReadLimits(20L << 20, 16L << 20, 4_000_000, 1000), null);
    Pipeline pipeline = new Pipeline(PipelineConfig.defaults(ModelsDir.resolve(null)));
    // Earlier tests in this JVM leave garbage in the old generation; the budget is for what the inputs keep.
    System.gc();
    List<String> problems = new ArrayList<>();
    int clean = 0;
    for (Map.Entry<Path, Expect> input : inputs.entrySet()) {
      Path file = input.getKey();
      StringWriter err = new StringWriter();
      List<AnalyzedDocument> done = new ArrayList<>();
      resetPeaks();
      long start = System.nanoTime();
      int failed = assertTimeoutPreemptively(PER_INPUT, () -> AnalyzedInputs.forEach(List.of(file.toString()),
          reader, pipeline, new PrintWriter(err, true), done::add), file::toString);
      long ms = (System.nanoTime() - start) / 1_000_000;
      long heap = peakHeap();
      List<String> lines = err.toString().lines().filter(l -> !l.endsWith(": read as windows-1256")
          && !l.endsWith(": read as ISO-8859-6") && !l.matches(".*: read as UTF-16[LB]E")).toList();
      String prefix = "analyzer: " + PrintableName.of(file.toString()) + ": ";
      boolean ok = switch (input.getValue()) {
        case REJECTED -> failed == 1 && done.isEmpty() && lines.size() == 1 && lines.get(0).startsWith(prefix);
        case ANALYZED -> failed == 0 && done.size() == 1 && lines.isEmpty() && !done.get(0).sentences().isEmpty();
        case EITHER -> (failed == 1 && lines.size() == 1 && lines.get(0).startsWith(prefix))
            || (failed == 0 && done.size() == 1 && lines.isEmpty());
      };
      if (ok && heap <= HEAP_BUDGET) {
        clean++;
      } else {
        problems.add(file.getFileName() + " (" + ms + " ms, " + (heap >> 20) + " MB): " + err);
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(inputs.size(), clean);
  }

  private enum Expect { REJECTED, ANALYZED, EITHER }

  private Map<Path, Expect> corpus() throws IOException {
    Map<Path, Expect> in = new LinkedHashMap<>();
    Random random = new Random(20261206);
    String body = "<w:p><w:r><w:t>" + AR + "</w:t></w:r></w:p>";
    byte[] goodDocx = docx(body.repeat(50));
    in.put(write("bomb.docx", docx(bomb(24 << 20))), Expect.REJECTED);
    in.put(write("bomb.odt", odt(new String(bomb(24 << 20), StandardCharsets.UTF_8))), Expect.REJECTED);
    in.put(write("truncated.docx", Arrays.copyOf(goodDocx, goodDocx.length / 2)), Expect.REJECTED);
    in.put(write("damaged.docx", flipped(goodDocx, goodDocx.length / 3, 32)), Expect.REJECTED);
    in.put(write("malformed.docx", docx("<w:p><w:r><w:t>" + AR + "</w:t></w:p>")), Expect.REJECTED);
    in.put(write("entities.docx", docx("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", laughs())), Expect.REJECTED);
    in.put(write("deep.docx", docx("<w:tbl><w:tr><w:tc>".repeat(3000) + body + "</w:tc></w:tr></w:tbl>"
        .repeat(3000))), Expect.EITHER);
    byte[] odt = odt("<text:p>" + FA + "</text:p>");
    in.put(write("truncated.odt", Arrays.copyOf(odt, odt.length * 2 / 3)), Expect.REJECTED);
    byte[] pdf = pdf();
    in.put(write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3)), Expect.REJECTED);
    in.put(write("damaged.pdf", flipped(pdf, pdf.length / 2, 200)), Expect.EITHER);
    in.put(write("nested.pdf", ("%PDF-1.7\n1 0 obj\n" + "[".repeat(200_000) + "\nendobj\n%%EOF")
        .getBytes(StandardCharsets.US_ASCII)), Expect.REJECTED);
    for (String ext : List.of("txt", "docx", "pdf", "odt", "html", "rtf", "doc")) {
      in.put(write("noise." + ext, noise(random, 64 * 1024)), Expect.REJECTED);
      in.put(write("empty." + ext, new byte[0]), Expect.REJECTED);
    }
    in.put(write("mixed.txt", concat(AR.getBytes(StandardCharsets.UTF_8), FA.replace('ی', 'ي').replace('ک', 'ك')
        .replace("\u200C", " ").getBytes(Charset.forName("windows-1256")))), Expect.REJECTED);
    in.put(write("cp1256.txt", (AR + "\n").repeat(20).getBytes(Charset.forName("windows-1256"))), Expect.ANALYZED);
    in.put(write("utf16.txt", FA.repeat(20).getBytes(StandardCharsets.UTF_16LE)), Expect.ANALYZED);
    in.put(write("one-line.txt", AR.repeat(400).getBytes(StandardCharsets.UTF_8)), Expect.ANALYZED);
    in.put(write("controls.txt", (AR + "\u0001\u0002\u0003\u0007\u001B").repeat(200).getBytes(StandardCharsets.UTF_8)),
        Expect.REJECTED);
    in.put(write("few-controls.txt", (AR + "\u000B" + FA).getBytes(StandardCharsets.UTF_8)), Expect.ANALYZED);
    in.put(write("bidi.txt", ("\u202E\u2067" + AR + "\u200F\uFEFF").repeat(50).getBytes(StandardCharsets.UTF_8)),
        Expect.ANALYZED);
    in.put(write("deep.html", ("<html><body>" + "<div>".repeat(50_000) + AR + "</div>".repeat(50_000)
        + "</body></html>").getBytes(StandardCharsets.UTF_8)), Expect.ANALYZED);
    in.put(write("bogus-charset.html", ("<meta charset=\"x-no-such-charset\"><p>" + AR + "</p>")
        .getBytes(StandardCharsets.UTF_8)), Expect.ANALYZED);
    in.put(write("deep.rtf", ("{\\rtf1 " + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}")
        .getBytes(StandardCharsets.US_ASCII)), Expect.EITHER);
    in.put(write("name\nanalyzer: other.txt: forged\u202E.txt", new byte[] {0, 1, 2}), Expect.REJECTED);
    return in;
  }

  /** Into the test's folder, or into -Danalyzer.fuzz.out=DIR to run the CLI over the same corpus by hand. */
  private Path write(String name, byte[] bytes) throws IOException {
    String keep = System.getProperty("analyzer.fuzz.out");
    Path folder = keep == null ? dir : Files.createDirectories(Path.of(keep));
    return Files.write(folder.resolve(name), bytes);
  }

  private static byte[] bomb(int bytes) {
    byte[] paragraph = ("<w:p><w:r><w:t>" + "تقرر ".repeat(200) + "</w:t></w:r></w:p>")
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + paragraph.length);
    while (out.size() < bytes) {
      out.writeBytes(paragraph);
    }
    return out.toByteArray();
  }

  private static String laughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd.append("]>").toString();
  }

  private static byte[] docx(byte[] bodyXml) throws IOException {
    return docx(new String(bodyXml, StandardCharsets.UTF_8));
  }

  private static byte[] docx(String bodyXml) throws IOException {
    return docx(bodyXml, "");
  }

  private static byte[] docx(String bodyXml, String doctype) throws IOException {
    return WordFiles.docx(bodyXml, doctype);
  }

  private static byte[] odt(String textXml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          + textXml + "</office:text></office:body></office:document-content>");
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    WordFiles.entry(zip, name, content);
  }

  private static byte[] pdf() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      for (int p = 0; p < 3; p++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 700);
          content.showText("Joint Committee, Baghdad, page " + p);
          content.endText();
        }
      }
      pdf.save((OutputStream) bytes);
    }
    return bytes.toByteArray();
  }

  private static byte[] flipped(byte[] bytes, int from, int count) {
    byte[] copy = bytes.clone();
    for (int i = from; i < Math.min(copy.length, from + count); i++) {
      copy[i] ^= 0x5A;
    }
    return copy;
  }

  private static byte[] noise(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * The old generation's peak since the last reset: what an input made the heap keep. Young-generation peaks are
   * left out because they measure garbage, whose size follows the collector's sizing and the machine's load.
   */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
