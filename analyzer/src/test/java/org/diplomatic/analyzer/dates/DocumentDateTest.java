package org.diplomatic.analyzer.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"2025-13-01", "2025-02-30", "25-01-01", "2025/01/01", "", "2025-1-5", "۲۰۲۵-۰۱-۰۱"})
  void rejectsMalformedValues(String value) {
    assertThrows(IllegalArgumentException.class, () -> new DocumentDate(value, DateSource.USER));
  }

  @Test
  void coversTheWholeMonthOrYearWritten() {
    DocumentDate month = new DocumentDate("2024-02", DateSource.DATELINE);
    assertEquals(LocalDate.of(2024, 2, 1), month.firstDay());
    assertEquals(LocalDate.of(2024, 2, 29), month.lastDay());
    assertEquals(LocalDate.of(2025, 12, 31), new DocumentDate("2025", DateSource.TEXT).lastDay());
  }
}
