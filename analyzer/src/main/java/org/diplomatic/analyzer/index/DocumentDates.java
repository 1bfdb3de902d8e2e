package org.diplomatic.analyzer.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Document dates in the index: ISO values (yyyy-mm-dd, yyyy-mm, yyyy) as epoch days. A --from bound takes the first
 * day of what it names, a --to bound the last ("--to 2025" ends on 2025-12-31); a document dated only by month or
 * year is placed on its first day.
 */
public final class DocumentDates {
  private DocumentDates() {}

  static long firstEpochDay(String iso) {
    return parse(iso, false).toEpochDay();
  }

  /** The bound {@code iso} names; a malformed one is an {@link IllegalArgumentException} naming {@code option}. */
  public static LocalDate bound(String option, String iso, boolean last) {
    try {
      return parse(iso, last);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not an ISO date (yyyy-mm-dd, yyyy-mm or yyyy): '" + iso + "'");
    }
  }

  /** The first day of what {@code iso} names, or null when it is null or no ISO date. */
  public static LocalDate firstDayOrNull(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return parse(iso, false);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate parse(String iso, boolean last) {
    if (iso.matches("[0-9]{4}")) {
      int year = Integer.parseInt(iso);
      return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
    if (iso.matches("[0-9]{4}-[0-9]{2}")) {
      YearMonth month = YearMonth.parse(iso);
      return last ? month.atEndOfMonth() : month.atDay(1);
    }
    if (!iso.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new DateTimeParseException("not ISO", iso, 0);
    }
    return LocalDate.parse(iso);
  }
}
