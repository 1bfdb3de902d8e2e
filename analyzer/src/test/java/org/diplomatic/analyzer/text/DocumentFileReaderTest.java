package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentFileReaderTest {
  /** DejaVu Sans has Arabic glyphs; Debian's fonts-dejavu-core installs it here. */
  private static final Path ARABIC_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @TempDir Path dir;

  private final DocumentFileReader reader = new DocumentFileReader();

  @Test
  void readsWordMinutesOneParagraphPerLine() throws Exception {
    Path f = docx("minutes.docx",
        "<w:p><w:r><w:t>محضر اجتماع اللجنة العراقية الإيرانية المشتركة</w:t></w:r></w:p>"
            + "<w:p/>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">1. تقرر تشكيل فريق عمل فني لمتابعة ربط الكابلات.  </w:t>"
            + "</w:r></w:p>"
            + "<w:p><w:r><w:t>2. تقرر عقد الاجتماع القادم في طهران</w:t></w:r>"
            + "<w:r><w:br/><w:t>خلال شهر آذار.</w:t></w:r></w:p>");
    assertEquals(
        "محضر اجتماع اللجنة العراقية الإيرانية المشتركة\n\n"
            + "1. تقرر تشكيل فريق عمل فني لمتابعة ربط الكابلات.\n"
            + "2. تقرر عقد الاجتماع القادم في طهران\nخلال شهر آذار.",
        reader.read(f).text());
  }

  @Test
  void collapsesRunsOfBlankLinesToOne() throws Exception {
    Path f = docx("gaps.docx",
        "<w:p><w:r><w:t>تقرر ما يلي:</w:t></w:r></w:p><w:p/><w:p/><w:p/><w:p/>"
            + "<w:p><w:r><w:t>أولا: فتح المعبر.</w:t></w:r></w:p><w:p/><w:p/>");
    assertEquals("تقرر ما يلي:\n\nأولا: فتح المعبر.", reader.read(f).text());
  }

  @Test
  void readsPersianHtmlBodyWithoutTitleOrScript() throws Exception {
    Path f = dir.resolve("statement.html");
    Files.writeString(f, "<html><head><title>بیانیه</title><script>var x = 1;</script></head><body>"
        + "<h1>صورتجلسه کمیسیون مشترک</h1>"
        + "<p>وزیر امور خارجه گفت:<br>همکاری در حوزه انرژی ادامه دارد.</p>"
        + "<p>نشست بعدی در بغداد برگزار می‌شود.</p></body></html>");
    assertEquals(
        "صورتجلسه کمیسیون مشترک\nوزیر امور خارجه گفت:\nهمکاری در حوزه انرژی ادامه دارد.\n"
            + "نشست بعدی در بغداد برگزار می‌شود.",
        reader.read(f).text());
  }

  @Test
  void readsPersianRtfWithUnicodeEscapes() throws Exception {
    Path f = dir.resolve("minutes.rtf");
    Files.writeString(f, "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\uc1"
        + "\\pard " + rtfEscaped("مقرر شد") + "\\par"
        + "\\pard " + rtfEscaped("کمیته فنی تشکیل شود.") + "\\par}", StandardCharsets.US_ASCII);
    assertEquals("مقرر شد\nکمیته فنی تشکیل شود.", reader.read(f).text());
  }

  @Test
  void readsOpenDocumentHeadingsAndLineBreaks() throws Exception {
    Path f = dir.resolve("minutes.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"/\""
          + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          + "</manifest:manifest>");
      entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          + "<text:h text:outline-level=\"1\">صورتجلسه</text:h>"
          + "<text:p>۱. مقرر شد کارگروه مشترک تشکیل شود.<text:line-break/>۲. نشست بعدی در تهران.</text:p>"
          + "</office:text></office:body></office:document-content>");
    }
    assertEquals("صورتجلسه\n۱. مقرر شد کارگروه مشترک تشکیل شود.\n۲. نشست بعدی در تهران.", reader.read(f).text());
  }

  @Test
  void readsLatinAndDigitsFromAPdf() throws Exception {
    Path f = dir.resolve("agenda.pdf");
    try (PDDocument pdf = new PDDocument()) {
      writeLines(pdf, new PDType1Font(Standard14Fonts.FontName.HELVETICA),
          "Joint Committee, Baghdad, 12 May 2025", "Item 3: USD 20 billion");
      pdf.save(f.toFile());
    }
    assertEquals("Joint Committee, Baghdad, 12 May 2025\nItem 3: USD 20 billion", reader.read(f).text());
  }

  @Test
  void readsArabicFromAPdfWithAnEmbeddedFont() throws Exception {
    assumeTrue(Files.isReadable(ARABIC_FONT), "needs fonts-dejavu-core");
    Path f = dir.resolve("statement.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDFont font = PDType0Font.load(pdf, ARABIC_FONT.toFile());
      // PDF text is in visual order: a right-to-left line is drawn from its last letter.
      writeLines(pdf, font, reversed("محضر الاجتماع"), reversed("تقرر فتح المعبر"));
      pdf.save(f.toFile());
    }
    assertEquals("محضر الاجتماع\nتقرر فتح المعبر", reader.read(f).text());
  }

  @Test
  void rejectsAPdfWithoutATextLayer() throws Exception {
    Path f = dir.resolve("scan.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.save(f.toFile());
    }
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": PDF without a text layer (scanned pages? run OCR first)", e.getMessage());
  }

  @Test
  void rejectsAPasswordProtectedPdf() throws Exception {
    Path f = dir.resolve("secret.pdf");
    try (PDDocument pdf = new PDDocument()) {
      writeLines(pdf, new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Confidential");
      pdf.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      pdf.save(f.toFile());
    }
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": encrypted PDF (password-protected)", e.getMessage());
  }

  @Test
  void rejectsAPasswordProtectedWordFile() throws Exception {
    Path plain = docx("plain.docx", "<w:p><w:r><w:t>سري للغاية</w:t></w:r></w:p>");
    Path f = dir.resolve("secret.docx");
    try (POIFSFileSystem ole = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(ole)) {
        out.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        ole.writeFilesystem(out);
      }
    }
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": encrypted Word document (password-protected)", e.getMessage());
  }

  @Test
  void rejectsACorruptWordFileInOneLine() throws Exception {
    Path f = dir.resolve("broken.docx");
    byte[] noise = new byte[2048];
    new Random(7).nextBytes(noise);
    Files.write(f, noise);
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": corrupt Word document (not a valid zip file)", e.getMessage());
  }

  @Test
  void rejectsATruncatedPdf() throws Exception {
    Path f = dir.resolve("truncated.pdf");
    Files.writeString(f, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog", StandardCharsets.US_ASCII);
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": corrupt or unreadable PDF (Missing root object specification in trailer.)", e.getMessage());
  }

  @Test
  void rejectsDocumentsOverTheSizeLimit() throws Exception {
    Path f = docx("long.docx", "<w:p><w:r><w:t>" + "تقرر ".repeat(400) + "</w:t></w:r></w:p>");
    long size = Files.size(f);
    InputRejectedException e =
        assertThrows(InputRejectedException.class, () -> new DocumentFileReader(100).read(f));
    assertEquals(f + ": too large (" + size + " bytes; limit 100)", e.getMessage());
  }

  @Test
  void readsPlainTextAndUnknownExtensionsAsText() throws Exception {
    Path txt = dir.resolve("note.txt");
    Files.writeString(txt, "قال الوزير.\r\n");
    Path md = dir.resolve("note.md");
    Files.write(md, new byte[] {(byte) 0xC7, (byte) 0xE1});
    assertEquals("قال الوزير.\r\n", reader.read(txt).text());
    assertEquals("ال", reader.read(md).text());
    assertEquals("windows-1256", reader.read(md).readAs());
  }

  @Test
  void readsRtfSavedUnderADocName() throws Exception {
    Path f = dir.resolve("letter.doc");
    Files.writeString(f, "{\\rtf1\\ansi\\uc1\\pard " + rtfEscaped("بیانیه مشترک") + "\\par}",
        StandardCharsets.US_ASCII);
    assertEquals("بیانیه مشترک", reader.read(f).text());
  }

  @Test
  void rejectsAWordFileThatInflatesPastTheLimitBeforeParsingIt() throws Exception {
    Path f = docx("bomb.docx", "<w:p><w:r><w:t>" + "تقرر ".repeat(200_000) + "</w:t></w:r></w:p>");
    DocumentFileReader small = new DocumentFileReader(new ReadLimits(1 << 20, 1 << 20, 1 << 20, 100), null);
    assertEquals(f + ": Word document expands to more than 1048576 bytes when unzipped (a zip bomb?)",
        assertThrows(InputRejectedException.class, () -> small.read(f)).getMessage());
  }

  @Test
  void stopsExtractingPastTheCharacterLimit() throws Exception {
    Path f = docx("long.docx", "<w:p><w:r><w:t>" + "تقرر ".repeat(100) + "</w:t></w:r></w:p>");
    DocumentFileReader small = new DocumentFileReader(new ReadLimits(1 << 20, 1 << 20, 300, 100), null);
    assertEquals(f + ": too much text (over 300 characters once extracted)",
        assertThrows(InputRejectedException.class, () -> small.read(f)).getMessage());
  }

  @Test
  void readsAPageNestedThousandsDeepWithoutOverflowingTheStack() throws Exception {
    Path f = dir.resolve("deep.html");
    Files.writeString(f, "<html><body>" + "<div>".repeat(20_000) + "قال الوزير" + "</div>".repeat(20_000)
        + "</body></html>");
    assertEquals("قال الوزير", reader.read(f).text());
  }

  @Test
  void rejectsAWordFileWithADamagedEntryInOneLine() throws Exception {
    Path f = docx("damaged.docx", "<w:p><w:r><w:t>" + "تقرر فتح المعبر. ".repeat(500) + "</w:t></w:r></w:p>");
    byte[] bytes = Files.readAllBytes(f);
    int at = indexOf(bytes, "word/document.xml".getBytes(StandardCharsets.US_ASCII)) + 40;
    for (int i = at; i < at + 64; i++) {
      bytes[i] ^= 0x5A;
    }
    Files.write(f, bytes);
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(f));
    assertEquals(f + ": corrupt Word document (damaged entry word/document.xml: invalid code -- missing end-of-block)",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 40, 60, 80, 95})
  void aPdfCutShortIsReadWhereWholeOrRejectedAsTruncatedNeverAsScanned(int percentKept) throws Exception {
    Path f = dir.resolve("cut.pdf");
    try (PDDocument pdf = new PDDocument()) {
      writeLines(pdf, new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Joint Committee, Baghdad");
      pdf.save(f.toFile());
    }
    byte[] bytes = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length * percentKept / 100));
    String message;
    try {
      message = "read: " + reader.read(f).text(); // the parser recovers a page that is whole
    } catch (InputRejectedException e) {
      message = e.getMessage();
    }
    assertTrue(message.equals("read: Joint Committee, Baghdad")
        || message.equals(f + ": truncated or damaged PDF (no end-of-file marker)")
        || message.startsWith(f + ": corrupt or unreadable PDF ("), message);
  }

  @Test
  void readsAUtf8PageWhoseArabicComesAfterLongScripts() throws Exception {
    Path f = dir.resolve("padded.html");
    Files.write(f, ("<html><head><meta charset=\"utf-8\"><title>خبر</title><script>"
        + "var tracking = [1, 2, 3]; // analytics\n".repeat(500) + "</script></head><body>"
        + "<p>استقبل وزير الاتصالات العراقي نظيره الإيراني في بغداد.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8));
    TextInput input = reader.read(f);
    assertEquals("استقبل وزير الاتصالات العراقي نظيره الإيراني في بغداد.", input.text());
    assertEquals(null, input.readAs());
  }

  @Test
  void readsAWindows1256PageByItsDeclaration() throws Exception {
    Path f = dir.resolve("cp1256.html");
    Files.write(f, ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "</head><body><p>اتفق الجانبان على رفع صادرات الغاز.</p></body></html>").getBytes("windows-1256"));
    TextInput input = reader.read(f);
    assertEquals("اتفق الجانبان على رفع صادرات الغاز.", input.text());
    assertEquals(null, input.readAs());
  }

  @Test
  void detectsAnUndeclaredWindows1256PageAndSaysSo() throws Exception {
    Path f = dir.resolve("undeclared.html");
    Files.write(f, ("<html><body><script>" + "var x = 1;\n".repeat(2000) + "</script>"
        + "<p>اتفق الجانبان على رفع صادرات الغاز.</p></body></html>").getBytes("windows-1256"));
    TextInput input = reader.read(f);
    assertEquals("اتفق الجانبان على رفع صادرات الغاز.", input.text());
    assertEquals("windows-1256", input.readAs());
  }

  @Test
  void readsAUtf16PageByItsByteOrderMark() throws Exception {
    Path f = dir.resolve("utf16.html");
    Files.write(f, "<html><body><p>نشست بعدی در بغداد برگزار می‌شود.</p></body></html>"
        .getBytes(StandardCharsets.UTF_16));
    assertEquals("نشست بعدی در بغداد برگزار می‌شود.", reader.read(f).text());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private Path docx(String name, String bodyXml) throws IOException {
    return Files.write(dir.resolve(name), WordFiles.docx(bodyXml, ""));
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    WordFiles.entry(zip, name, content);
  }

  private static void writeLines(PDDocument pdf, PDFont font, String... lines) throws IOException {
    PDPage page = new PDPage();
    pdf.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.beginText();
      content.setFont(font, 12);
      content.newLineAtOffset(72, 700);
      for (String line : lines) {
        content.showText(line);
        content.newLineAtOffset(0, -20);
      }
      content.endText();
    }
  }

  private static String reversed(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  /** RTF's Unicode escapes: backslash-u, the decimal code, and a '?' for readers that cannot show it. */
  private static String rtfEscaped(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 0x80 ? String.valueOf((char) c) : "\\u" + c + "?"));
    return sb.toString();
  }
}
