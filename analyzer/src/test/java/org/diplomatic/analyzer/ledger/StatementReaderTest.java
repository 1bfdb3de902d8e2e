package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatementReaderTest {
  private static final StatementReader READER = new StatementReader(new DocumentParties());

  private static List<Statement> read(String lang, String text) {
    return READER.read(new IndexedDocument("d", "d.txt", lang, "news", text, List.of(), List.of("energy"),
        List.of(), List.of(), List.of(), "2025-01-01"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ar|تم اليوم افتتاح خط أنبوب النفط الممتد من البصرة إلى العقبة.|1",
      "ar|وافتتح الوزير المحطة الجديدة في البصرة.|1",
      "ar|افتتاح خط أنبوب النفط بين البصرة والعقبة|1",
      "fa|مرحله نخست خط اتصال برق عربستان سعودی و مصر به بهره‌برداری رسید.|1",
      "fa|راه‌آهن شلمچه–بصره تکمیل شد.|1",
      "fa|خط لوله نفت بصره به عقبه تا پایان سال ۲۰۲۴ تکمیل خواهد شد.|0",
      "ar|وبلغت نسبة إنجاز الخط 35 بالمئة.|0",
      "fa|راه‌آهن شلمچه–بصره تکمیل نشد.|0"})
  void findsReportsOfSomethingDone(String lang, String sentence, int reports) {
    assertEquals(reports, read(lang, sentence + "\n").size());
  }

  @Test
  void givesACommitmentItsHoldersCountryThenTheDocumentsOther() {
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "news",
        "كما تعهد الجانب العراقي بتزويد الأردن بعشرة آلاف برميل من النفط الخام يوميا.\n",
        List.of(new IndexedDocument.Official("سامر عودة الخوالدة", "JO")), List.of("energy"),
        List.of(new IndexedDocument.Figure("عشرة آلاف برميل", 1e4, null, null, "barrel", "day")),
        List.of(new IndexedDocument.Commitment(
            "كما تعهد الجانب العراقي بتزويد الأردن بعشرة آلاف برميل من النفط الخام يوميا", "obligation",
            "الجانب العراقي", null, null, null, List.of("energy"))), List.of(), "2020-08-25");
    Statement s = READER.read(d).get(0);
    assertEquals(List.of("IQ", "JO"), s.countries());
    assertEquals(List.of(new Amount("عشرة آلاف برميل", 1e4, "barrel", "day")), s.amounts());
    assertEquals("c0", s.item());
    assertEquals(0, s.start());
  }

  @Test
  void mapsPersianContentWordsToArabicOnes() {
    assertEquals(List.of("نفط", "بصره", "عقبه"), READER.terms("نفت بصره عقبه"));
    assertEquals(List.of("نفط", "بصره", "عقبه"), READER.terms("النفط والبصرة والعقبة"));
  }
}
