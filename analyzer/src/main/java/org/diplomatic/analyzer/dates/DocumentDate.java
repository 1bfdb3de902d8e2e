package org.diplomatic.analyzer.dates;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The date a document is dated: ISO {@code yyyy-mm-dd}, or {@code yyyy-mm} / {@code yyyy} when only that is written,
 * and where it comes from. A malformed value is an {@link IllegalArgumentException} quoting it.
 */
public record DocumentDate(String value, DateSource source) {
  public DocumentDate {
    if (value == null || source == null || !valid(value)) {
      throw new IllegalArgumentException("not an ISO date (yyyy-mm-dd, yyyy-mm or yyyy): '" + value + "'");
    }
  }

  public static DocumentDate of(LocalDate date, DateSource source) {
    return new DocumentDate(date.toString(), source);
  }

  /** The first day the value covers (2025-03 -> 2025-03-01), for ordering and ranges. */
  public LocalDate firstDay() {
    return switch (value.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
      case 7 -> YearMonth.parse(value).atDay(1);
      default -> LocalDate.parse(value);
    };
  }

  /** The last day the value covers (2025-03 -> 2025-03-31). */
  public LocalDate lastDay() {
    return switch (value.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
      case 7 -> YearMonth.parse(value).atEndOfMonth();
      default -> LocalDate.parse(value);
    };
  }

  /** Whether {@code value} is yyyy-mm-dd, yyyy-mm or yyyy (four-digit years). */
  public static boolean valid(String value) {
    try {
      switch (value.length()) {
        case 4 -> Year.parse(value);
        case 7 -> YearMonth.parse(value);
        case 10 -> LocalDate.parse(value);
        default -> {
          return false;
        }
      }
      return value.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
