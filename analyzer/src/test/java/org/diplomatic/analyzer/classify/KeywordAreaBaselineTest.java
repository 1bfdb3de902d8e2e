package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordAreaBaselineTest {
  private final KeywordAreaBaseline baseline = new KeywordAreaBaseline(1);

  @Test
  void findsAreasByKeywordWithProcliticsStripped() {
    assertEquals(Set.of("telecom", "energy"),
        baseline.sentenceAreas("وبحث الجانبان التعاون في مجال الاتصالات والكهرباء."));
  }

  @Test
  void findsMultiWordPersianKeywords() {
    assertEquals(Set.of("ai"), baseline.sentenceAreas("دو کشور در زمینه هوش مصنوعی همکاری خواهند کرد."));
  }

  @Test
  void findsPersianPluralsAndArabicFeminineAdjectivesOfAKeyword() {
    assertEquals(Set.of("culture_religion"),
        baseline.sentenceAreas("وزیر کشور گفت: کمیته‌ای برای ساماندهی رسانه‌های مجازی تشکیل می‌شود."));
    assertEquals(Set.of("agriculture_food"), baseline.sentenceAreas("وبحث الجانبان تطوير المشاريع الزراعية."));
  }

  @Test
  void readsEverydayWordsOfTheOtherLanguageAsNoArea() {
    // اعلام is "announced" and نقل "quoted" in Persian, the Arabic media and transport words only by their spelling
    assertEquals(Set.of(), baseline.sentenceAreas("به گزارش خبرگزاری فارس به نقل از روابط عمومی، وی اعلام کرد."));
    assertEquals(Set.of(), baseline.sentenceAreas("ونقل الوزير تحيات الرئيس إلى خادم الحرمين الشريفين."));
  }

  @Test
  void matchesAnArabicOnlyKeywordInArabicTextAlone() {
    assertEquals(Set.of("education_science"), baseline.sentenceAreas("وقعت الجامعة مذكرة تفاهم مع نظيرتها."));
    assertEquals(Set.of(), baseline.sentenceAreas("وی گفت: جامعه ما به آرامش نیاز دارد."));
  }
}
