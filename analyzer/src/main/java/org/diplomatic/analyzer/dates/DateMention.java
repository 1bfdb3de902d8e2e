package org.diplomatic.analyzer.dates;

/**
 * A date written in a line: its Gregorian ISO value (yyyy-mm-dd, or yyyy-mm for a month and year), the calendar it
 * was written in, and its offsets in the folded line ({@link DateFolding}).
 */
record DateMention(String value, CalendarKind calendar, int start, int end) {
  boolean isDay() {
    return value.length() == 10;
  }
}
