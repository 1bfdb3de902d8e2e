package org.diplomatic.analyzer.extract.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reads a calendar date written at a word position, in any of the three calendars: "[day] month [year] [era]"
 * (١٤ ربيع الأول 1447 هـ، ۱۰ مرداد ۱۴۰۴، الأول من كانون الثاني 2026), "[عام|سال] year [era]", a quarter or half of a
 * year (الربع الأول من 2026، نیمه دوم سال ۲۰۲۷) or its middle (منتصف 2027). A month without a year needs a reference
 * date: it is the month's next occurrence that has not ended by then (after it, with المقبل / آینده).
 */
final class WrittenDate {
  /** A date read: its period and the index of the first word after it. */
  record Match(DatePeriod period, int end) {}

  static final int FIRST_GREGORIAN_YEAR = 1700;

  private final DateWords words;

  WrittenDate(DateWords words) {
    this.words = words;
  }

  /** The date at word {@code i}, or null. {@code persianText} decides a bare 13xx/14xx year: Solar Hijri if so. */
  Match read(List<String> w, int i, LocalDate reference, boolean persianText) {
    if (words.is(w, i, "quarter") || words.is(w, i, "half")) {
      return part(w, i, persianText);
    }
    if (words.is(w, i, "mid")) {
      Year y = year(w, i + 1, null, persianText);
      return y == null ? null
          : new Match(DatePeriod.day(y.calendar().months(y.number(), 6, 6).last()), y.end());
    }
    Integer day = null;
    int j = i;
    if (j < w.size() && (number(w.get(j)) != null || words.is(w.get(j), "ordinal"))) {
      Integer n = number(w.get(j)) != null ? number(w.get(j)) : Integer.valueOf(words.value(w.get(j), "ordinal"));
      int k = w.size() > j + 1 && w.get(j + 1).equals("من") ? j + 2 : j + 1;
      if (n >= 1 && n <= 31 && words.month(w, k) != null) {
        day = n;
        j = k;
      }
    }
    DateWords.Month month = words.month(w, j);
    if (month == null) {
      return day == null ? year(w, i, persianText) : null;
    }
    j += month.length();
    Year y = year(w, j, month.calendar(), persianText);
    if (y != null) {
      return dayOrMonth(month.calendar(), y.number(), month.number(), day, y.end());
    }
    boolean next = words.is(w, j, "next");
    if (next || words.is(w, j, "current")) {
      j++;
    }
    if (reference == null) {
      return null;
    }
    int year = month.calendar().yearMonth(reference)[0];
    Match m = dayOrMonth(month.calendar(), year, month.number(), day, j);
    if (m != null && (next ? !m.period().first().isAfter(reference) : m.period().last().isBefore(reference))) {
      m = dayOrMonth(month.calendar(), year + 1, month.number(), day, j);
    }
    return m;
  }

  private Match year(List<String> w, int i, boolean persianText) {
    Year y = year(w, i, null, persianText);
    return y == null ? null : new Match(y.calendar().months(y.number(), 1, 12), y.end());
  }

  private Match part(List<String> w, int i, boolean persianText) {
    int size = Integer.parseInt(words.value(w.get(i), words.is(w.get(i), "quarter") ? "quarter" : "half"));
    String ordinal = i + 1 < w.size() ? words.value(w.get(i + 1), "ordinal") : null;
    if (ordinal == null || Integer.parseInt(ordinal) * size > 12) {
      return null;
    }
    int n = Integer.parseInt(ordinal);
    int k = i + 2 < w.size() && w.get(i + 2).equals("من") ? i + 3 : i + 2;
    Year y = year(w, k, null, persianText);
    return y == null ? null : new Match(y.calendar().months(y.number(), (n - 1) * size + 1, n * size), y.end());
  }

  private static Match dayOrMonth(CalendarSystem calendar, int year, int month, Integer day, int end) {
    if (day == null) {
      return new Match(calendar.months(year, month, month), end);
    }
    LocalDate date = calendar.date(year, month, day);
    return date == null ? null : new Match(DatePeriod.day(date), end);
  }

  /** A year number, the calendar it counts in and the index after it and its era words. */
  private record Year(int number, CalendarSystem calendar, int end) {}

  private Year year(List<String> w, int i, CalendarSystem calendar, boolean persianText) {
    int j = words.is(w, i, "yearword") ? i + 1 : i;
    Integer n = j < w.size() ? number(w.get(j)) : null;
    if (n == null || n < 1000) {
      return null;
    }
    j++;
    CalendarSystem era = null;
    while (j < w.size() && words.is(w.get(j), "era")) {
      CalendarSystem e = CalendarSystem.valueOf(words.value(w.get(j), "era").toUpperCase(Locale.ROOT));
      era = era == CalendarSystem.PERSIAN ? era : e; // "هـ ش": the شمسی marker decides
      j++;
    }
    if (calendar == null) {
      calendar = era != null ? era
          : n >= FIRST_GREGORIAN_YEAR ? CalendarSystem.GREGORIAN
          : persianText ? CalendarSystem.PERSIAN : CalendarSystem.ISLAMIC;
    }
    return new Year(n, calendar, j);
  }

  /** The value of a token of ASCII digits (at most four), or null. */
  static Integer number(String token) {
    return token.matches("[0-9]{1,4}") ? Integer.valueOf(token) : null;
  }
}
