package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingDateTest {
  private static final MeetingDate FINDER = MeetingDate.load();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      التاريخ: ١٢/٣/٢٠٢٥                                                  | 2025-03-12
      تاریخ: ۱۵ آبان ۱۴۰۴                                                 | 2025-11-06
      تاریخ: ۱۴۰۴/۰۸/۱۵                                                   | 2025-11-06
      عقد الاجتماع بتاريخ 12 نوفمبر 2025 في بغداد                          | 2025-11-12
      التاريخ: الأحد 12 تشرين الأول 2025، الموافق 20 ربيع الآخر 1447 هـ    | 2025-10-12
      التاريخ: 18 جمادى الأولى 1447 هـ الموافق 9 تشرين الثاني 2025         | 2025-11-09
      التاريخ: بيروت في 11 كانون الأول 2025                               | 2025-12-11
      تاریخ: ۸ دی ۱۴۰۴ – 29 دسامبر 2025                                   | 2025-12-29
      تاريخ: ۱۴ بهمن ۱۴۰۳                                                 | 2025-02-02
      تاریخ: ۲ خرداد ۱۴۰۴ (23 May 2025)                                   | 2025-05-23
      """)
  void readsTheDateLineOfMinutes(String line, String iso) {
    assertEquals(LocalDate.parse(iso), FINDER.find(line));
  }

  @Test
  void findsTheDateLineBelowTheHeading() {
    String minutes = "محضر اجتماع اللجنة الفنية المشتركة للاتصالات\nالتاريخ: ٤ تشرين الثاني ٢٠٢٥\n"
        + "1- تقرر عقد الاجتماع القادم خلال شهر من تاريخه.";
    assertEquals(LocalDate.of(2025, 11, 4), FINDER.find(minutes));
  }

  @Test
  void findsNothingWithoutADateLabel() {
    assertNull(FINDER.find("اتفق الجانبان على تطوير التعاون قبل نهاية 2025."));
    assertNull(FINDER.find("التاريخ: يحدد لاحقا"));
    assertNull(FINDER.find(""));
    assertNull(FINDER.find(null));
  }
}
