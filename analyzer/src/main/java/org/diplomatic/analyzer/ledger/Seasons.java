package org.diplomatic.analyzer.ledger;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.dates.CalendarKind;

/**
 * A due date written as a season ({@code seasons.tsv}) of a year, of this year or of the next (قبل صيف 2026، پیش از
 * پایان تابستان امسال، في الخريف المقبل), resolved against the document date: the season's last day, or the day
 * before it starts after "before" without "end". The other words of the phrase must be deadline words
 * ({@code date-words.tsv} of the commitment extractor: lead, before, end, next, current, filler, a year word): a season alone
 * (در فصل تابستان) is a time of every year, not a due date.
 */
final class Seasons {
  private static final String DATE_WORDS = "/org/diplomatic/analyzer/extract/commitments/date-words.tsv";
  /** The word "season", which may stand before one (در فصل تابستان). */
  private static final Set<String> SEASON_NOUNS = Set.of("فصل");

  private record Season(CalendarKind calendar, int firstMonth, int lastMonth) {}

  private final Map<String, Season> seasonOf = new HashMap<>();
  private final Map<String, String> roleOf = new HashMap<>();

  private Seasons() {}

  static Seasons load() {
    Seasons s = new Seasons();
    for (String[] c : WordLists.rows("seasons.tsv")) {
      Season season = new Season(CalendarKind.valueOf(c[2].strip().toUpperCase(java.util.Locale.ROOT)),
          Integer.parseInt(c[3].strip()), Integer.parseInt(c[4].strip()));
      s.seasonOf.put(FoldedWords.of(c[1]).get(0), season);
    }
    Set<String> roles = new HashSet<>(
        List.of("lead", "before", "end", "start", "next", "current", "filler", "yearword", "era"));
    for (String[] c : WordLists.rows(DATE_WORDS)) {
      if (roles.contains(c[0]) && !c[2].isBlank()) {
        // a word of several roles keeps the one that changes the date (قبل is lead-like and before)
        s.roleOf.merge(FoldedWords.stripped(FoldedWords.of(c[2]).get(0)), c[0],
            (a, b) -> a.equals("lead") || a.equals("filler") ? b : a);
      }
    }
    return s;
  }

  /** The due date {@code phrase} writes as a season, counted from {@code reference}, or null. */
  LocalDate resolve(String phrase, LocalDate reference) {
    List<String> words = FoldedWords.of(phrase).stream().map(FoldedWords::stripped).toList();
    Season season = null;
    Integer year = null;
    boolean before = false;
    boolean end = false;
    boolean next = false;
    boolean nextYear = false;
    boolean current = false;
    String previous = null;
    for (String w : words) {
      Season s = seasonOf.get(w);
      Integer number = yearNumber(w);
      String role = roleOf.get(w);
      if (s != null && season == null) {
        season = s;
      } else if (number != null && season != null && year == null) {
        year = number;
      } else if ("before".equals(role)) {
        before = true;
      } else if ("end".equals(role)) {
        end = true;
      } else if ("next".equals(role)) {
        next = true;
        // سال آینده، العام المقبل: the next year, whatever the season
        nextYear = "yearword".equals(roleOf.get(previous));
      } else if ("current".equals(role)) {
        current = true;
      } else if (role == null && !SEASON_NOUNS.contains(w)) {
        return null;
      }
      previous = w;
    }
    if (season == null || (year == null && !next && !current)) {
      return null;
    }
    int[] now = yearMonth(season.calendar(), reference);
    int y = year != null ? year : now[0];
    if (!season.calendar().plausibleYear(y)) {
      return null;
    }
    if (year == null && next && (nextYear || now[1] >= season.firstMonth())) {
      // "next summer" said once summer has begun is the summer of the next year
      y++;
    }
    LocalDate first = season.calendar().toGregorian(y, season.firstMonth(), 1);
    int lastMonth = season.lastMonth() > 12 ? season.lastMonth() - 12 : season.lastMonth();
    int lastYear = season.lastMonth() > 12 ? y + 1 : y;
    LocalDate afterLast = season.calendar().toGregorian(lastMonth == 12 ? lastYear + 1 : lastYear,
        lastMonth == 12 ? 1 : lastMonth + 1, 1);
    if (first == null || afterLast == null) {
      return null;
    }
    return before && !end ? first.minusDays(1) : afterLast.minusDays(1);
  }

  /** A year written in digits of any script (2026, ۱۴۰۴), or null. */
  private static Integer yearNumber(String word) {
    if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int value = 0;
    for (int i = 0; i < word.length(); i++) {
      value = value * 10 + Character.digit(word.charAt(i), 10);
    }
    return value;
  }

  private static int[] yearMonth(CalendarKind calendar, LocalDate date) {
    com.ibm.icu.util.Calendar c = calendar.newCalendar();
    c.clear();
    c.set(com.ibm.icu.util.Calendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
    return new int[] {c.get(com.ibm.icu.util.Calendar.EXTENDED_YEAR), c.get(com.ibm.icu.util.Calendar.MONTH) + 1};
  }
}
