package org.diplomatic.analyzer.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses a document's date by rule: the user's date (--date or a sidecar) wins; else the dateline: a date among the
 * first words of one of the first lines that ends the line or is followed only by an agency (بغداد، 3 آب 2025 (واع)؛
 * الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس), is set off from the body by a dash, colon or bracket
 * (تهران - ایرنا - ۱۵ مهر ۱۴۰۴ - ...), or follows a date label (التاريخ: / تاریخ:); else a day named with its
 * weekday in the first sentence of one of those lines (... روز دوشنبه ۲۲ تیر ۱۴۰۴ در بغداد ...); else the metadata's
 * date. Other dates of a lede are mostly deadlines, births and past events, not the document's day. Where one date is followed by the same day in another calendar (الموافق، برابر با، /), the
 * Gregorian one is taken as written rather than converted. Thread-safe; build one and share it.
 */
public final class DocumentDater {
  /** Title, dateline, lede and a byline: the document date is written in these or not at all. */
  static final int HEAD_LINES = 4;
  /** A place, an agency, a label and a weekday may stand before a dateline's date ("الكويت - كونا - الاثنين"). */
  static final int DATELINE_WORDS = 8;
  /** An agency after a dateline's date ("م واس"، "(أ ش أ)"); more words than this are a sentence going on. */
  static final int TRAILING_WORDS = 4;
  /** A month and year alone ("تموز 2025") date a document only at the end of a short line, not as a title's topic. */
  static final int MONTH_LINE_WORDS = 8;
  static final int MONTH_TRAILING_WORDS = 3;

  private static final Pattern DATE_LABEL = Pattern.compile("^\\s*(?:التاريخ|بتاريخ|تاريخ)\\s*:");
  private static final Pattern SEPARATOR_AFTER = Pattern.compile("^\\s*[-\u2013\u2014:(/]");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<![0-9])[.!?\u061F](?![0-9])");
  private static final Pattern SAME_DAY_LINK = Pattern.compile(
      "[\\s\\p{Punct}\u060C\u061B\u2013\u2014]*(?:الموافق|موافق|برابر با|برابر|مطابق با|مصادف با)?"
          + "[\\s\\p{Punct}\u060C\u061B\u2013\u2014]*");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private final WrittenDates dates;

  private DocumentDater(WrittenDates dates) {
    this.dates = dates;
  }

  /** Loads the bundled month names and era markers. */
  public static DocumentDater load() {
    return new DocumentDater(new WrittenDates(CalendarWords.load()));
  }

  /** The document date of {@code text} ({@code persian}: read a bare 13xx/14xx year as Solar Hijri), or empty. */
  public Optional<DocumentDate> date(String text, boolean persian, DateHints hints) {
    if (hints.user() != null) {
      return Optional.of(hints.user());
    }
    List<String> head = head(text == null ? "" : text);
    for (String line : head) {
      List<DateMention> found = dates.find(line, persian);
      for (int i = 0; i < found.size(); i++) {
        if (isDateline(line, found, i)) {
          return Optional.of(new DocumentDate(sameDayChoice(line, found, i), DateSource.DATELINE));
        }
      }
    }
    for (String line : head) {
      String sentence = firstSentence(line);
      List<DateMention> found = dates.find(sentence, persian);
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i).isDay() && dates.afterWeekday(sentence, found.get(i))) {
          return Optional.of(new DocumentDate(sameDayChoice(sentence, found, i), DateSource.TEXT));
        }
      }
    }
    return Optional.ofNullable(hints.metadata());
  }

  /** The first {@link #HEAD_LINES} non-blank lines, folded. */
  private static List<String> head(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(DateFolding.fold(line));
        if (lines.size() == HEAD_LINES) {
          break;
        }
      }
    }
    return lines;
  }

  /** Mention {@code i}'s value, or the first Gregorian one of the mentions linked to it as the same day. */
  private static String sameDayChoice(String line, List<DateMention> found, int i) {
    DateMention first = found.get(i);
    if (first.calendar() == CalendarKind.GREGORIAN) {
      return first.value();
    }
    for (int k = i + 1; k < found.size(); k++) {
      DateMention next = found.get(k);
      if (!SAME_DAY_LINK.matcher(line.substring(found.get(k - 1).end(), next.start())).matches()) {
        break;
      }
      if (next.calendar() == CalendarKind.GREGORIAN && next.isDay() == first.isDay()) {
        return next.value();
      }
    }
    return first.value();
  }

  private static boolean isDateline(String line, List<DateMention> found, int i) {
    DateMention date = found.get(i);
    if (wordsBefore(line, date.start()) > DATELINE_WORDS) {
      return false;
    }
    String after = line.substring(sameDayEnd(line, found, i));
    long trailing = WORD.matcher(after).results().count();
    if (!date.isDay()) {
      return wordsBefore(line, line.length()) <= MONTH_LINE_WORDS && trailing <= MONTH_TRAILING_WORDS;
    }
    return trailing <= TRAILING_WORDS || SEPARATOR_AFTER.matcher(after).find() || DATE_LABEL.matcher(line).find();
  }

  /** Where the last of the mentions linked to mention {@code i} as the same day ends. */
  private static int sameDayEnd(String line, List<DateMention> found, int i) {
    int k = i;
    while (k + 1 < found.size()
        && SAME_DAY_LINK.matcher(line.substring(found.get(k).end(), found.get(k + 1).start())).matches()) {
      k++;
    }
    return found.get(k).end();
  }

  private static int wordsBefore(String line, int offset) {
    return (int) WORD.matcher(line.substring(0, offset)).results().count();
  }

  private static String firstSentence(String line) {
    var m = SENTENCE_END.matcher(line);
    return m.find() ? line.substring(0, m.start()) : line;
  }
}
