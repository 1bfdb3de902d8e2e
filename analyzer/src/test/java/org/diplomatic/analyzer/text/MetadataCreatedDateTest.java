package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataCreatedDateTest {
  @TempDir Path dir;

  @Test
  void keepsTheCreationDayATikaDocumentsMetadataGives() throws Exception {
    Path f = dir.resolve("minutes.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(50, 700);
        s.showText("Joint Committee, Baghdad");
        s.endText();
      }
      GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2024, Calendar.MAY, 6, 10, 0);
      pdf.getDocumentInformation().setCreationDate(created);
      pdf.save(f.toFile());
    }
    assertEquals("2024-05-06", new DocumentFileReader().read(f).created());
  }

  @Test
  void plainTextHasNoMetadataDate() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "بغداد");
    assertNull(new DocumentFileReader().read(f).created());
  }
}
