package org.diplomatic.analyzer.pipeline;

import java.util.List;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * Guesses the contract's optional genre from the opening of a document: minutes (محضر اجتماع / صورتجلسه, attendee and
 * decision headings), statements (بيان مشترك / بیانیه / اطلاعیه) or news otherwise.
 */
final class GenreDetector {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final List<String> MINUTES =
      fold("محضر", "صورتجلسه", "صورت جلسه", "الحضور:", "حاضرین:", "حاضران:", "جدول الأعمال", "دستور جلسه", "مصوبات");
  private static final List<String> STATEMENTS =
      fold("بيان مشترك", "البيان المشترك", "بيان صادر", "بلاغ", "بیانیه", "اطلاعیه", "بیانیه مشترک");

  String detect(String text) {
    String head = FOLD.apply(text.substring(0, Math.min(text.length(), 400)));
    if (MINUTES.stream().anyMatch(head::contains)) {
      return "minutes";
    }
    if (STATEMENTS.stream().anyMatch(head::contains)) {
      return "statement";
    }
    return "news";
  }

  private static List<String> fold(String... cues) {
    return java.util.Arrays.stream(cues).map(FOLD::apply).toList();
  }
}
