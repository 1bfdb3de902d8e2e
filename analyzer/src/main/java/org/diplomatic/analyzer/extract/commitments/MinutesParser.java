package org.diplomatic.analyzer.extract.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the line structure of minutes (محضر اجتماع / صورتجلسه): the heading is the first line, the date the line with
 * a date label, and the attendee, agenda and decision sections run from their heading (الحضور: / حاضرین:، جدول
 * الأعمال / دستور جلسه، القرارات / التوصيات / مصوبات) to the next section heading.
 */
public final class MinutesParser {
  private enum Section {
    NONE,
    ATTENDEES,
    AGENDA,
    DISCUSSION,
    DECISIONS
  }

  private static final Pattern ATTENDEES = heading("الحضور|الحاضرون|حضر الاجتماع|حاضرین|حاضران|اعضای حاضر|حضار");
  private static final Pattern AGENDA = heading("جدول الأعمال|جدول اعمال|دستور جلسه|دستور کار|محاور الاجتماع");
  private static final Pattern DISCUSSION =
      heading("المناقشة|المناقشات|المداولات|ملخص المناقشات|خلاصه مذاکرات|مذاکرات|شرح جلسه|گزارش جلسه");
  private static final Pattern DECISIONS =
      heading("القرارات|التوصيات|القرارات والتوصيات|قرارات|توصيات|مصوبات|تصمیمات|مصوبات جلسه|نتائج الاجتماع");
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?:التاريخ|تاريخ|تاریخ|بتاريخ|مورخ)\\s*[:：]?");
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*(?:[-–•*]|[0-9٠-٩۰-۹]{1,3}\\s*[-.)–:]|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|اول|دوم|سوم|چهارم|پنجم)"
          + "\\s*[:：]?\\s*");

  private static final int MAX_UNMARKED_ITEM = 120;

  private final MeetingDate meetingDates = MeetingDate.load();

  private static Pattern heading(String words) {
    return Pattern.compile("^\\s*(?:" + words + ")\\s*[:：]?\\s*$");
  }

  public MinutesStructure parse(String text) {
    String heading = null;
    String date = null;
    List<String> attendees = new ArrayList<>();
    List<String> agenda = new ArrayList<>();
    List<String> decisions = new ArrayList<>();
    Section section = Section.NONE;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (heading == null) {
        heading = line;
        continue;
      }
      if (date == null && DATE_LINE.matcher(line).find()) {
        date = DATE_LINE.matcher(line).replaceFirst("").strip();
        continue;
      }
      Section next = sectionOf(line);
      if (next != null) {
        section = next;
        continue;
      }
      String item = MARKER.matcher(line).replaceFirst("");
      if (section != Section.DECISIONS && item.equals(line) && line.length() > MAX_UNMARKED_ITEM) {
        section = Section.NONE; // a long unnumbered paragraph is discussion, not an attendee or agenda line
      }
      switch (section) {
        case ATTENDEES -> attendees.add(item);
        case AGENDA -> agenda.add(item);
        case DECISIONS -> decisions.add(item);
        default -> { }
      }
    }
    LocalDate iso = meetingDates.find(text);
    return new MinutesStructure(heading, date, iso == null ? null : iso.toString(), attendees, agenda, decisions);
  }

  private static Section sectionOf(String line) {
    if (ATTENDEES.matcher(line).matches()) {
      return Section.ATTENDEES;
    }
    if (AGENDA.matcher(line).matches()) {
      return Section.AGENDA;
    }
    if (DISCUSSION.matcher(line).matches()) {
      return Section.DISCUSSION;
    }
    return DECISIONS.matcher(line).matches() ? Section.DECISIONS : null;
  }
}
