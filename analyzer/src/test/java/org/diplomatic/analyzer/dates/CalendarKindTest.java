package org.diplomatic.analyzer.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarKindTest {
  @ParameterizedTest(name = "[{index}] {0} {1}-{2}-{3}")
  @CsvSource(textBlock = """
      SOLAR_HIJRI, 1404,  1,  1, 2025-03-21
      SOLAR_HIJRI, 1403, 12, 30, 2025-03-20
      SOLAR_HIJRI, 1404,  7, 12, 2025-10-04
      HIJRI,       1447,  1,  1, 2025-06-26
      HIJRI,       1447,  5, 18, 2025-11-09
      HIJRI,       1436, 10, 26, 2015-08-11
      GREGORIAN,   2024,  2, 29, 2024-02-29
      """)
  void convertsKnownDatesToGregorian(CalendarKind calendar, int year, int month, int day, String gregorian) {
    assertEquals(LocalDate.parse(gregorian), calendar.toGregorian(year, month, day));
  }

  @Test
  void returnsNullForDaysThatDoNotExist() {
    assertNull(CalendarKind.GREGORIAN.toGregorian(2025, 2, 29));
    assertNull(CalendarKind.SOLAR_HIJRI.toGregorian(1404, 7, 31));
    assertNull(CalendarKind.HIJRI.toGregorian(1447, 13, 1));
  }
}
