package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = new LanguageDetector();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "'أكد وزير الخارجية العراقي أن بلاده تسعى إلى تعزيز التعاون مع إيران في مجال الطاقة.', ar",
    "'وزیر امور خارجه ایران گفت که دو کشور همکاری‌های اقتصادی را گسترش می‌دهند.', fa",
    "'قال السفير: سنعمل معا.', ar",
    "'سفیر گفت: با هم کار می‌کنیم.', fa",
    "'مذكرة تفاهم', ar",
    "'تفاهم‌نامه', fa",
    "'اين توافق براي دو كشور مهم است.', fa",
    "'وزير الاتصالات', ar",
    "'وزیر ارتباطات', fa",
    "'صورتجلسه كميسيون مشترك', fa",
  })
  void tellsArabicFromPersianEvenInShortTexts(String text, String expected) {
    assertEquals(expected, DETECTOR.detect(text).code());
  }
}
