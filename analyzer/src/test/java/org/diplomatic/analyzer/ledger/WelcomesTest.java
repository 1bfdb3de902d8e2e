package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WelcomesTest {
  private static final Welcomes WELCOMES = Welcomes.load();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ورحب الجانبان بتشغيل الخط الملاحي بين البلدين منذ أيار 2023.|true",
      "كما أشاد الوزيران بانتظام الرحلات الجوية بين المدينتين.|true",
      "ونوه الجانبان بالافتتاح الرسمي للمعبر الحدودي.|true",
      "ورحب كلا الجانبين بتسلم العراق الدفعة الأولى من المعدات.|true",
      "طرفین از راه‌اندازی خط ریلی میان دو بندر در مهر ۱۴۰۲ ابراز رضایت کردند.|true",
      "دو طرف از بازگشایی گذرگاه مرزی استقبال کردند.|true",
      "وأشاد الجانبان بمستوى التنسيق بين غرف التجارة في البلدين.|false",
      "وأشاد الوزير بالجهود التي تبذلها اللجنة.|false",
      "ورحب الجانبان بالاتفاق على تشغيل الخط قبل نهاية العام.|false",
      "ورحب الجانبان ببدء أعمال إنشاء الجسر.|false",
      "وأكد الوزير أن تشغيل المحطة سيتم قبل نهاية العام.|false",
      "دو طرف بر راه‌اندازی خط ریلی تا پایان سال توافق کردند.|false",
      "وزیر از راه‌اندازی خط ریلی تا پایان سال خبر داد.|false"})
  void findsTheWelcomeOfAThingDoneNotOfAnEffortOrAPlan(String sentence, boolean welcome) {
    assertEquals(welcome, WELCOMES.in(sentence) != null);
  }

  @Test
  void givesTheWordsFromTheVerbToTheNounAsTheCue() {
    assertEquals(new Welcomes.Welcome(List.of("ورحب", "الجانبان", "بتشغيل"), false),
        WELCOMES.in("ورحب الجانبان بتشغيل المركز الحدودي المشترك."));
  }

  @Test
  void tellsTheWelcomeOfAFigureReached() {
    assertEquals(new Welcomes.Welcome(List.of("ورحب", "الجانبان", "بوصول"), true),
        WELCOMES.in("ورحب الجانبان بوصول صادرات الغاز إلى 3 مليارات متر مكعب سنويا."));
    assertEquals(true, WELCOMES.in("دو طرف از رسیدن حجم مبادلات به ۲ میلیارد دلار ابراز خرسندی کردند.").reached());
  }

  @Test
  void aVerbTooFarFromTheNounIsNoWelcome() {
    assertNull(WELCOMES.in("ورحب الوزير في بداية اللقاء بالوفد الزائر وبحث معه تشغيل المحطة."));
  }
}
