package org.diplomatic.analyzer.extract.commitments;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the meeting date of minutes: the first date after a date label (التاريخ: ١٢/٣/٢٠٢٥، تاریخ: ۱۵ آبان ۱۴۰۴،
 * بتاريخ 12 نوفمبر 2025), in the first line that has one. Numeric dates are day/month/year, or year/month/day when
 * the year comes first; weekdays and places between label and date are skipped. The date a "الموافق" gives after it
 * is the same day in another calendar, so the first is kept.
 */
public final class MeetingDate {
  /** How many words after the label the date may start ("الأحد"، "بيروت في"). */
  private static final int MAX_SKIP = 4;

  private final DateWords words;
  private final WrittenDate dates;

  private MeetingDate(DateWords words) {
    this.words = words;
    this.dates = new WrittenDate(words);
  }

  /** Loads the bundled month names and date-line labels. */
  public static MeetingDate load() {
    return new MeetingDate(DateWords.load());
  }

  /** The meeting date written in {@code text}, or null. */
  public LocalDate find(String text) {
    if (text == null) {
      return null;
    }
    for (String line : text.split("\n")) {
      List<String> w = DateWords.words(line);
      for (int i = 0; i < w.size(); i++) {
        if (words.is(w.get(i), "dateline")) {
          LocalDate date = dateAfter(w, i + 1, DeadlineDates.isPersian(line));
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  private LocalDate dateAfter(List<String> w, int from, boolean persian) {
    for (int k = from; k < w.size() && k <= from + MAX_SKIP; k++) {
      LocalDate numeric = numeric(w, k, persian);
      if (numeric != null) {
        return numeric;
      }
      WrittenDate.Match m = dates.read(w, k, null, persian);
      if (m != null && m.period().first().equals(m.period().last())) {
        return m.period().first();
      }
    }
    return null;
  }

  private static LocalDate numeric(List<String> w, int k, boolean persian) {
    if (k + 2 >= w.size()) {
      return null;
    }
    Integer a = WrittenDate.number(w.get(k));
    Integer b = WrittenDate.number(w.get(k + 1));
    Integer c = WrittenDate.number(w.get(k + 2));
    if (a == null || b == null || c == null) {
      return null;
    }
    boolean yearFirst = w.get(k).length() == 4;
    int year = yearFirst ? a : c;
    int day = yearFirst ? c : a;
    if (year < 1000 || b < 1 || b > 12) {
      return null;
    }
    CalendarSystem calendar = year >= WrittenDate.FIRST_GREGORIAN_YEAR ? CalendarSystem.GREGORIAN
        : persian ? CalendarSystem.PERSIAN : CalendarSystem.ISLAMIC;
    return calendar.date(year, b, day);
  }
}
