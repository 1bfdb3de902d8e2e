package org.diplomatic.analyzer.extract.commitments;

import java.time.LocalDate;
import java.util.List;

/**
 * Turns a deadline as written into the Gregorian date it fixes, or null. Gregorian, Hijri (Umm al-Qura) and Solar
 * Hijri dates in any digit script; the words before the date decide which day of its period is meant:
 *
 * <ul>
 *   <li>by, until, within, in (بحلول، حتى، خلال، في، تا، در): the period's last day; "تا اسفند ۱۴۰۴" -> 2026-03-20.
 *   <li>before the end (قبل نهاية، تا پایان): the last day; "قبل نهاية 2025" -> 2025-12-31.
 *   <li>before (قبل، پیش از): the day before the period starts; "قبل 1 شباط 2026" -> 2026-01-31.
 *   <li>from, at the start (اعتبارا من، مطلع، از ابتدای): the first day.
 * </ul>
 *
 * Relative deadlines (خلال شهر، ظرف ۴۵ روز، قبل نهاية العام، تا پایان سال جاری، ماه آینده) and months without a year
 * are resolved only against a reference date, the meeting date of the minutes. A phrase with words left over after its
 * date ("خلال 60 يوما من تاريخ التوقيع") is null: it is relative to something else.
 */
public final class DeadlineDates {
  private enum Mode {
    BY,
    END,
    BEFORE,
    START
  }

  private final DateWords words;
  private final WrittenDate dates;

  private DeadlineDates(DateWords words) {
    this.words = words;
    this.dates = new WrittenDate(words);
  }

  /** Loads the bundled month names and deadline words. */
  public static DeadlineDates load() {
    return new DeadlineDates(DateWords.load());
  }

  /** The date {@code deadline} fixes by itself, or null. */
  public LocalDate resolve(String deadline) {
    return resolve(deadline, null);
  }

  /** The date {@code deadline} fixes, counting relative deadlines from {@code reference} (may be null), or null. */
  public LocalDate resolve(String deadline, LocalDate reference) {
    if (deadline == null || deadline.isBlank()) {
      return null;
    }
    List<String> w = DateWords.words(deadline);
    boolean persian = isPersian(deadline);
    Mode mode = Mode.BY;
    int i = 0;
    for (; i < w.size(); i++) {
      String t = w.get(i);
      if (words.is(t, "end")) {
        mode = Mode.END;
      } else if (words.is(t, "before")) {
        mode = mode == Mode.END ? mode : Mode.BEFORE;
      } else if (words.is(t, "start")) {
        mode = mode == Mode.BY ? Mode.START : mode;
      } else if (!words.is(t, "lead") && !(isMonthWord(t) && words.month(w, i + 1) != null)) {
        break;
      }
    }
    WrittenDate.Match date = dates.read(w, i, reference, persian);
    if (date == null && reference != null) {
      date = relative(w, i, reference, persian, mode);
    }
    if (date == null || !onlyFillerFrom(w, date.end())) {
      return null;
    }
    return switch (mode) {
      case START -> date.period().first();
      case BEFORE -> date.period().first().minusDays(1);
      default -> date.period().last();
    };
  }

  /** A named period (العام المقبل، امسال، الشهر الجاري) or a duration from the reference (خلال شهرين، ظرف ۴۵ روز). */
  private WrittenDate.Match relative(List<String> w, int i, LocalDate reference, boolean persian, Mode mode) {
    if (i >= w.size()) {
      return null;
    }
    String t = w.get(i);
    boolean year = words.is(t, "yearword");
    boolean bare = mode == Mode.END && (i + 1 == w.size() || words.is(w, i + 1, "era"));
    if (t.equals("امسال") || ((year || isMonthWord(t))
        && (bare || words.is(w, i + 1, "current") || words.is(w, i + 1, "next")))) {
      int end = t.equals("امسال") ? i + 1 : i + 1 + (i + 1 < w.size() && !words.is(w, i + 1, "era") ? 1 : 0);
      int shift = end > i + 1 && words.is(w, i + 1, "next") ? 1 : 0;
      boolean gregorian = !persian || (end < w.size() && "gregorian".equals(words.value(w.get(end), "era")));
      if (end < w.size() && words.is(w, end, "era")) {
        end++;
      }
      return new WrittenDate.Match(named(year || t.equals("امسال"), shift, reference,
          gregorian ? CalendarSystem.GREGORIAN : CalendarSystem.PERSIAN), end);
    }
    if (mode == Mode.BEFORE) {
      return null;
    }
    return duration(w, i, reference);
  }

  private static DatePeriod named(boolean year, int shift, LocalDate reference, CalendarSystem calendar) {
    int[] ym = calendar.yearMonth(reference);
    if (year) {
      return calendar.months(ym[0] + shift, 1, 12);
    }
    int month = ym[1] + shift;
    return month > 12 ? calendar.months(ym[0] + 1, month - 12, month - 12) : calendar.months(ym[0], month, month);
  }

  private WrittenDate.Match duration(List<String> w, int i, LocalDate reference) {
    Integer count = WrittenDate.number(w.get(i));
    if (count == null && words.is(w.get(i), "number")) {
      count = Integer.valueOf(words.value(w.get(i), "number"));
    }
    int u = count == null ? i : i + 1;
    if (u >= w.size()) {
      return null;
    }
    String unit = words.value(w.get(u), "unit");
    String dual = words.value(w.get(u), "unit2");
    if (unit == null && dual == null) {
      return null;
    }
    int n = count != null ? count : dual != null ? 2 : 1;
    LocalDate due = switch (unit != null ? unit : dual) {
      case "day" -> reference.plusDays(n);
      case "week" -> reference.plusWeeks(n);
      case "month" -> reference.plusMonths(n);
      case "year" -> reference.plusYears(n);
      case "hour" -> reference.plusDays((n + 23) / 24);
      default -> throw new IllegalStateException("unknown unit in date-words.tsv: " + unit);
    };
    return new WrittenDate.Match(DatePeriod.day(due), u + 1);
  }

  private boolean onlyFillerFrom(List<String> w, int i) {
    for (int k = i; k < w.size(); k++) {
      String t = w.get(k);
      if (!words.is(t, "filler") && !words.is(t, "next") && !words.is(t, "era")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMonthWord(String t) {
    return t.equals("شهر") || t.equals("الشهر") || t.equals("ماه");
  }

  /** Persian letters or digits anywhere in the phrase. */
  static boolean isPersian(String text) {
    return text.chars().anyMatch(c -> c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == '\u06CC' || c == '\u06A9'
        || (c >= '\u06F0' && c <= '\u06F9'));
  }
}
