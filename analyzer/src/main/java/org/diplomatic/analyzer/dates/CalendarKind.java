package org.diplomatic.analyzer.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Locale;

/**
 * The calendars documents are dated in, converted to Gregorian through ICU4J. Hijri dates use ICU's Umm al-Qura
 * calculation: it is the official Saudi calendar of SPA datelines, and it agrees with the corpus's double datelines
 * ("18 جمادى الأولى 1447 هـ الموافق 9 تشرين الثاني 2025") where the arithmetic civil calendar is often a day off;
 * outside 1300-1600 AH ICU falls back to the civil calculation.
 */
public enum CalendarKind {
  GREGORIAN(1900, 2100),
  HIJRI(1300, 1600),
  SOLAR_HIJRI(1280, 1480);

  private final int firstYear;
  private final int lastYear;

  CalendarKind(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** The calendar named in a table ("gregorian", "hijri", "solar_hijri"). */
  static CalendarKind named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code year} is a plausible document year in this calendar (1900-2100 AD and the same span). */
  public boolean plausibleYear(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** The Gregorian date of {@code day}/{@code month}/{@code year} of this calendar, or null when there is no such day. */
  public LocalDate toGregorian(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return null;
    }
    Calendar c = newCalendar();
    c.clear();
    c.set(year, month - 1, 1);
    if (day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return null;
    }
    c.set(Calendar.DAY_OF_MONTH, day);
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, c.get(Calendar.JULIAN_DAY));
  }

  /** A fresh ICU calendar of this kind in GMT (Hijri: Umm al-Qura). */
  public Calendar newCalendar() {
    return switch (this) {
      case GREGORIAN -> new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
      case SOLAR_HIJRI -> new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
      case HIJRI -> {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        yield c;
      }
    };
  }
}
