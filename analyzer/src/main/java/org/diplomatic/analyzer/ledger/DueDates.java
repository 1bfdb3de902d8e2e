package org.diplomatic.analyzer.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;
import org.diplomatic.analyzer.index.DocumentDates;

/**
 * The due date of a statement as the ledger reads it: the extractor's ISO date when it gave one; else its deadline as
 * written, resolved against the document date (the extractor counts relative deadlines, ظرف سه ماه, مطلع أيلول
 * المقبل, only from the date line of minutes); else the longest end of the sentence that reads as a deadline by
 * itself (ستلغي الرسوم ... اعتبارا من مطلع عام 2020), unless it is a length of time saying how long something lasts.
 * A written deadline that does not resolve is read part by part (two calendars) and as a season ({@link Seasons}).
 * A date more than {@value #YEARS_BEFORE} years before the document or {@value #YEARS_AFTER} after it is no due date (a
 * clause or law number read as a year).
 */
final class DueDates {
  /** A due date as written and as an ISO date. */
  record Due(String written, String iso) {}

  private static final Pattern WORD_START = Pattern.compile("(?<=\\s)\\S");
  private static final Pattern TRAILING = Pattern.compile("[\\s.،,؛:!؟»«\"')(]+$");
  private static final int LONGEST_TAIL_WORDS = 10;
  /**
   * Words after which a length of time says how long something lasts, not when it is due (لمدة ثلاثة أيام، على مدار
   * 24 ساعة، طيلة، به مدت سه روز), folded and without ال.
   */
  private static final Set<String> LASTING = Set.of("مده", "لمده", "مدار", "طيله", "طوال", "مدت");
  /** منذ (since): a date up to {@value #SINCE_WORDS} words after it is when something began, not when it is due. */
  private static final String SINCE = "منذ";
  private static final int SINCE_WORDS = 3;
  /** Where a deadline restates itself in other words: a comma, then أي / یعنی ("that is"). */
  private static final Pattern GLOSS = Pattern.compile("[،,]\\s*(?:أي|اي|یعنی|يعني)?\\s*");
  private static final int YEARS_BEFORE = 5;
  private static final int YEARS_AFTER = 30;

  private final DeadlineDates dates = DeadlineDates.load();
  private final Seasons seasons = Seasons.load();

  /** The due date of a statement, or null. {@code documentDate} is ISO (day, month or year) or null. */
  Due of(String text, String written, String iso, String documentDate) {
    if (iso != null) {
      return new Due(written, iso);
    }
    // a document dated by month or year alone counts from its first day
    LocalDate reference = DocumentDates.firstDayOrNull(documentDate);
    if (reference == null) {
      return null;
    }
    if (written != null) {
      LocalDate due = plausible(resolve(written, reference), reference);
      // a deadline given twice, in two calendars (بحلول نهاية السنة الإيرانية 1403، أي في آذار 2025): either part
      String[] parts = due != null ? new String[0] : GLOSS.split(written, 2);
      for (int k = 0; due == null && parts.length == 2 && k < 2; k++) {
        due = plausible(resolve(parts[k].strip(), reference), reference);
      }
      return due == null ? null : new Due(written, due.toString());
    }
    return text == null ? null : tail(text, reference);
  }

  /** The longest end of {@code text} (two words or more) that is a deadline by itself, or null. */
  private Due tail(String text, LocalDate reference) {
    String body = TRAILING.matcher(text).replaceFirst("");
    var starts = WORD_START.matcher(body).results().mapToInt(r -> r.start()).toArray();
    for (int k = Math.max(0, starts.length - LONGEST_TAIL_WORDS); k < starts.length - 1; k++) {
      if (k > 0 && LASTING.contains(FoldedWords.stripped(wordAt(body, starts[k - 1], starts[k])))
          || sinceBefore(body, starts, k)) {
        continue;
      }
      String phrase = body.substring(starts[k]);
      LocalDate due = plausible(resolve(phrase, reference), reference);
      if (due != null) {
        return new Due(phrase, due.toString());
      }
    }
    return null;
  }

  /** The date a phrase fixes: as the extractor reads deadlines, else as a season of a year. */
  private LocalDate resolve(String phrase, LocalDate reference) {
    LocalDate due = dates.resolve(phrase, reference);
    return due != null ? due : seasons.resolve(phrase, reference);
  }

  /** True when one of the {@value #SINCE_WORDS} words before word {@code k} is منذ. */
  private static boolean sinceBefore(String body, int[] starts, int k) {
    for (int j = Math.max(1, k - SINCE_WORDS + 1); j <= k; j++) {
      if (SINCE.equals(FoldedWords.stripped(wordAt(body, starts[j - 1], starts[j])))) {
        return true;
      }
    }
    return false;
  }

  private static String wordAt(String text, int from, int to) {
    List<String> words = FoldedWords.of(text.substring(from, to));
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  private static LocalDate plausible(LocalDate due, LocalDate reference) {
    return due != null && due.getYear() >= reference.getYear() - YEARS_BEFORE
        && due.getYear() <= reference.getYear() + YEARS_AFTER ? due : null;
  }
}
