package org.diplomatic.analyzer.extract.commitments;

import java.time.LocalDate;

/** The Gregorian first and last day of a written date: a day, a month, a quarter or a year. */
record DatePeriod(LocalDate first, LocalDate last) {
  static DatePeriod day(LocalDate date) {
    return new DatePeriod(date, date);
  }
}
