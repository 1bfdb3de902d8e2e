package org.diplomatic.analyzer.extract.commitments;

import com.ibm.icu.util.Calendar;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import org.diplomatic.analyzer.dates.CalendarKind;

/**
 * The calendars deadlines are written in, converted to Gregorian {@link LocalDate}s through ICU4J calendars made by
 * {@link CalendarKind}, the same as document dates. Hijri dates use
 * ICU's Umm al-Qura variant: it is the official Saudi calendar that Gulf and Iraqi documents follow, and it agrees with
 * the corpus date lines ("18 جمادى الأولى 1447 هـ الموافق 9 تشرين الثاني 2025") where the arithmetic civil calendar is
 * a day late; outside 1300-1600 AH ICU falls back to the civil calculation.
 */
enum CalendarSystem {
  GREGORIAN,
  ISLAMIC,
  PERSIAN;

  /** The Gregorian date of day {@code day} of month {@code month} (1-12) of {@code year} in this calendar. */
  LocalDate date(int year, int month, int day) {
    Calendar c = calendar();
    c.clear();
    c.set(year, month - 1, 1);
    if (day < 1 || day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return null;
    }
    c.set(Calendar.DAY_OF_MONTH, day);
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, c.get(Calendar.JULIAN_DAY));
  }

  /** Days in month {@code month} (1-12) of {@code year}. */
  int monthLength(int year, int month) {
    Calendar c = calendar();
    c.clear();
    c.set(year, month - 1, 1);
    return c.getActualMaximum(Calendar.DAY_OF_MONTH);
  }

  /** The year and month (1-12) in this calendar of a Gregorian date. */
  int[] yearMonth(LocalDate date) {
    Calendar c = calendar();
    c.clear();
    c.set(Calendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
    return new int[] {c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1};
  }

  /** The days from the first of month {@code fromMonth} to the end of month {@code toMonth} of {@code year}. */
  DatePeriod months(int year, int fromMonth, int toMonth) {
    return new DatePeriod(date(year, fromMonth, 1), date(year, toMonth, monthLength(year, toMonth)));
  }

  private Calendar calendar() {
    return switch (this) {
      case GREGORIAN -> CalendarKind.GREGORIAN.newCalendar();
      case PERSIAN -> CalendarKind.SOLAR_HIJRI.newCalendar();
      case ISLAMIC -> CalendarKind.HIJRI.newCalendar();
    };
  }
}
