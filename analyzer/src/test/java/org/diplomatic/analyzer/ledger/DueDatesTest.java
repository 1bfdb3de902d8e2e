package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {
  private static final DueDates DUE = new DueDates();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "قبل صيف 2026|2025-07-10|2026-05-31",
      "پیش از پایان تابستان امسال|2024-05-13|2024-09-21",
      "در تابستان ۱۴۰۴|2024-07-08|2025-09-22",
      "في الخريف المقبل|2022-05-31|2022-11-30",
      "خلال فصل الصيف المقبل|2015-07-21|2016-08-31",
      "تا تابستان سال آینده|2017-02-04|2017-09-22"})
  void readsASeasonOfAYearAsItsLastDayOrTheDayBeforeIt(String written, String documentDate, String due) {
    assertEquals(due, DUE.of(null, written, null, documentDate).iso());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"در فصل تابستان|2019-06-15", "مهرجان صيف طيبة|2015-07-27"})
  void aSeasonWithoutAYearIsNoDueDate(String written, String documentDate) {
    assertNull(DUE.of(null, written, null, documentDate));
  }

  @Test
  void readsADeadlineGivenInTwoCalendarsFromTheOneItCanRead() {
    assertEquals("2025-03-31",
        DUE.of(null, "بحلول نهاية السنة الإيرانية 1403، أي في آذار 2025", null, "2022-08-09").iso());
  }

  @Test
  void aDateAfterSinceIsWhenSomethingBeganNotADueDate() {
    assertNull(DUE.of("والتي باتت تعمل بكامل طاقتها منذ حزيران 2025.", null, null, "2025-09-03"));
    assertEquals("2026-12-31", DUE.of("وتعهد الجانب الإيراني بتشغيل الخط قبل نهاية 2026.", null, null,
        "2025-06-22").iso());
  }
}
