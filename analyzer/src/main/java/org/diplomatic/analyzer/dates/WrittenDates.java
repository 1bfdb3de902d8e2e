package org.diplomatic.analyzer.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates written in a line of Arabic or Persian: "day month [/month] [year word] year [era]"
 * (بغداد، 12 تموز 2025؛ 19 تشرين الأول/أكتوبر 2025؛ ۱۵ مهر ۱۴۰۴؛ 26 شوال 1436 هـ), "month year" (تموز 2025) and
 * numeric day/month/year or year/month/day (17/10/1436، ۱۴۰۴/۰۷/۱۵). The month name decides the calendar; a numeric
 * date's comes from its era marker, else from the year: from 1700 Gregorian, below it Solar Hijri in Persian text and
 * Hijri in Arabic. Days that do not exist and implausible years are dropped.
 */
final class WrittenDates {
  private static final String NO_LETTER_BEFORE = "(?<![\\p{L}\\p{M}])";
  private static final String NO_LETTER_AFTER = "(?![\\p{L}\\p{M}])";
  private static final Pattern DAY_BEFORE = Pattern.compile("[0-9]\\s*(?:من\\s+)?$");
  private static final String YEAR_WORD = "(?:(?:عام|العام|سنه|السنه|سال)\\s+)?";

  private final CalendarWords words;
  private final Pattern dayMonthYear;
  private final Pattern monthYear;
  private final Pattern numeric;
  private final Pattern era;
  private final Pattern weekdayBefore;

  WrittenDates(CalendarWords words) {
    this.words = words;
    String month = NO_LETTER_BEFORE + "(" + words.monthAlternation() + ")(?:\\s*ماه)?" + NO_LETTER_AFTER;
    String eras = "((?:\\s*\\.?\\s*(?:" + words.eraAlternation() + ")" + NO_LETTER_AFTER + ")*)";
    dayMonthYear = Pattern.compile("(?<![0-9])([0-9]{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?" + month
        + "(?:\\s*/\\s*" + month + ")?\\s*[،,]?\\s*" + YEAR_WORD + "([0-9]{4})(?![0-9])" + eras);
    monthYear = Pattern.compile(month + "\\s*[،,]?\\s*" + YEAR_WORD + "([0-9]{4})(?![0-9])" + eras);
    numeric = Pattern.compile("(?<![0-9/.\\-])([0-9]{1,4})\\s*([/.\\-])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,4})"
        + "(?![0-9]|[/.\\-][0-9])" + eras);
    era = Pattern.compile(words.eraAlternation());
    weekdayBefore = Pattern.compile(NO_LETTER_BEFORE + "(?:اليوم|امروز|روز)\\s+(?:" + words.weekdayAlternation() + ")"
        + "[\\s\u060C,]*(?:الموافق|مصادف با|برابر با)?[\\s\u060C,]*$");
  }

  /**
   * Whether {@code mention} directly follows "today" or "the day" and a weekday ("روز دوشنبه ۲۲ تیر"، "اليوم الخميس
   * الموافق 29/9/1436هـ"): the day being reported. A bare "يوم الثلاثاء 13 رمضان" is as often a deadline or a
   * coming ceremony, and "روز دوشنبه آینده" does not match.
   */
  boolean afterWeekday(String foldedLine, DateMention mention) {
    return weekdayBefore.matcher(foldedLine.substring(0, mention.start())).find();
  }

  /** The dates in {@code foldedLine} ({@link DateFolding#fold}), in order of position. */
  List<DateMention> find(String foldedLine, boolean persian) {
    List<DateMention> found = new ArrayList<>();
    Matcher m = dayMonthYear.matcher(foldedLine);
    while (m.find()) {
      add(found, named(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(4)), m.group(5)),
          m.start(), m.end());
    }
    m = monthYear.matcher(foldedLine);
    while (m.find()) {
      // "31 شباط 2025" is a day that does not exist, not the month February 2025.
      if (!overlaps(found, m.start(), m.end()) && !DAY_BEFORE.matcher(foldedLine.substring(0, m.start())).find()) {
        add(found, named(0, m.group(1), Integer.parseInt(m.group(2)), m.group(3)), m.start(), m.end());
      }
    }
    m = numeric.matcher(foldedLine);
    while (m.find()) {
      if (!overlaps(found, m.start(), m.end())) {
        add(found, numeric(m.group(1), Integer.parseInt(m.group(3)), m.group(4), m.group(5), persian),
            m.start(), m.end());
      }
    }
    found.sort(Comparator.comparingInt(DateMention::start));
    return found;
  }

  /** A value and its calendar before offsets are known. */
  private record Reading(String value, CalendarKind calendar) {}

  /** Day 0: a month and year only. */
  private Reading named(int day, String monthName, int year, String eraWords) {
    CalendarKind marked = era(eraWords);
    CalendarWords.Month chosen = null;
    for (CalendarWords.Month month : words.months(monthName)) {
      if (month.calendar().plausibleYear(year) && (chosen == null || month.calendar() == marked)) {
        chosen = month;
      }
    }
    if (chosen == null) {
      return null;
    }
    CalendarKind calendar = chosen.calendar();
    if (day == 0) {
      LocalDate first = calendar.toGregorian(year, chosen.number(), 1);
      // A Hijri or Solar month straddles two Gregorian months: it keeps the month of its first day.
      return first == null ? null : new Reading(first.toString().substring(0, 7), calendar);
    }
    LocalDate date = calendar.toGregorian(year, chosen.number(), day);
    return date == null ? null : new Reading(date.toString(), calendar);
  }

  private Reading numeric(String first, int month, String last, String eraWords, boolean persian) {
    boolean yearFirst = first.length() == 4;
    if (!yearFirst && last.length() != 4) {
      return null;
    }
    int year = Integer.parseInt(yearFirst ? first : last);
    int day = Integer.parseInt(yearFirst ? last : first);
    CalendarKind calendar = era(eraWords);
    if (calendar == null) {
      calendar = year >= 1700 ? CalendarKind.GREGORIAN : persian ? CalendarKind.SOLAR_HIJRI : CalendarKind.HIJRI;
    }
    if (!calendar.plausibleYear(year)) {
      return null;
    }
    LocalDate date = calendar.toGregorian(year, month, day);
    return date == null ? null : new Reading(date.toString(), calendar);
  }

  /** The calendar the era words name; a Solar marker beside a Hijri one ("هـ ش") decides. */
  private CalendarKind era(String eraWords) {
    CalendarKind marked = null;
    Matcher m = era.matcher(eraWords == null ? "" : eraWords);
    while (m.find()) {
      CalendarKind k = words.era(m.group());
      if (k != null && marked != CalendarKind.SOLAR_HIJRI) {
        marked = k;
      }
    }
    return marked;
  }

  private static void add(List<DateMention> found, Reading r, int start, int end) {
    if (r != null) {
      found.add(new DateMention(r.value(), r.calendar(), start, end));
    }
  }

  private static boolean overlaps(List<DateMention> found, int start, int end) {
    return found.stream().anyMatch(d -> start < d.end() && d.start() < end);
  }
}
