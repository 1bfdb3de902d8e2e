package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String text) {
    List<Sentence> sentences = splitter.split(text);
    for (Sentence s : sentences) {
      assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets must point at the sentence");
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void splitsArabicAtFullStopsQuestionMarksAndSemicolons() {
    assertEquals(
        List.of(
            "أكد وزير النفط العراقي أن الصادرات سترتفع.",
            "هل ستوقع بغداد الاتفاق قريبا؟",
            "وأشار إلى أن الحكومة تدرس العرض؛",
            "وقد تعلن قرارها خلال أسبوع!"),
        texts("أكد وزير النفط العراقي أن الصادرات سترتفع. هل ستوقع بغداد الاتفاق قريبا؟ "
            + "وأشار إلى أن الحكومة تدرس العرض؛ وقد تعلن قرارها خلال أسبوع!"));
  }

  @Test
  void keepsDecimalsInAllThreeDigitScripts() {
    assertEquals(
        List.of("بلغ النمو 1.5 بالمئة في الربع الأول.", "وارتفع التضخم إلى ٢٠٫٥ بالمئة."),
        texts("بلغ النمو 1.5 بالمئة في الربع الأول. وارتفع التضخم إلى ٢٠٫٥ بالمئة."));
    assertEquals(List.of("نرخ رشد ۲٫۵ درصد بود."), texts("نرخ رشد ۲٫۵ درصد بود."));
  }

  @Test
  void keepsADecimalWhoseDigitsARightToLeftMarkSeparates() {
    assertEquals(
        List.of("زيادة قدرها 3.\u200F2 مليون برميل في المخزونات.", "وتراجع الخام."),
        texts("زيادة قدرها 3.\u200F2 مليون برميل في المخزونات. وتراجع الخام."));
  }

  @Test
  void doesNotSplitAfterOneLetterAbbreviations() {
    assertEquals(
        List.of("التقى د. محمد الحسيني رئيس الهيئة.", "وناقشا الربط الكهربائي."),
        texts("التقى د. محمد الحسيني رئيس الهيئة. وناقشا الربط الكهربائي."));
  }

  @Test
  void keepsClosingQuotesWithTheirSentenceAndColonsWithTheQuote() {
    assertEquals(
        List.of("وزیر ارتباطات گفت: «همکاری‌ها ادامه خواهد یافت.»", "او افزود که قرارداد امضا شد."),
        texts("وزیر ارتباطات گفت: «همکاری‌ها ادامه خواهد یافت.» او افزود که قرارداد امضا شد."));
  }

  @Test
  void treatsEachLineOfMinutesAsASentenceAndListNumbersAsPartOfIt() {
    String minutes = "محضر اجتماع اللجنة الفنية المشتركة\nالتاريخ: 12/3/2025\nالقرارات:\n"
        + "1. تشكيل فريق عمل للربط السككي.\n١. إعداد دراسة جدوى خلال شهرين.\n2- رفع التوصيات إلى الوزير.";
    assertEquals(
        List.of(
            "محضر اجتماع اللجنة الفنية المشتركة",
            "التاريخ: 12/3/2025",
            "القرارات:",
            "1. تشكيل فريق عمل للربط السككي.",
            "١. إعداد دراسة جدوى خلال شهرين.",
            "2- رفع التوصيات إلى الوزير."),
        texts(minutes));
  }

  @Test
  void splitsPersianParagraphsAndTrimsWhiteSpace() {
    assertEquals(
        List.of(
            "سفیر ایران در بغداد با وزیر بازرگانی عراق دیدار کرد.",
            "دو طرف بر گسترش مبادلات تاکید کردند.",
            "آیا حجم تجارت به ۲۰ میلیارد دلار می‌رسد؟"),
        texts("  سفیر ایران در بغداد با وزیر بازرگانی عراق دیدار کرد.  دو طرف بر گسترش مبادلات تاکید کردند.\n\n"
            + "آیا حجم تجارت به ۲۰ میلیارد دلار می‌رسد؟  "));
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertEquals(List.of(), texts(""));
    assertEquals(List.of(), texts(" \n "));
  }
}
