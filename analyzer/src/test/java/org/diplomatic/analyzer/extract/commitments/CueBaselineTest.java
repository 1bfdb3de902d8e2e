package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueBaselineTest {
  private static final CueBaseline CUES = new CueBaseline(CueLexicon.load());

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "'يجب على الجانبين تسريع إجراءات منح التأشيرات للزوار.', obligation",
    "'وزارت نیرو باید گزارش پیشرفت پروژه را ارائه کند.', obligation",
    "'نسعى إلى رفع حجم التبادل التجاري إلى 20 مليار دولار سنويا.', intent",
    "'دو کشور قصد داریم همکاری‌های ریلی را گسترش دهیم.', intent",
    "'نحن مستعدون لتزويد العراق بالغاز الطبيعي.', proposal",
    "'ایران آمادگی دارد در ساخت نیروگاه‌ها مشارکت کند.', proposal",
    "'اتفق الجانبان على إنشاء لجنة فنية مشتركة للربط الكهربائي.', agreement",
    "'یادداشت تفاهم همکاری در حوزه سلامت امضا شد.', agreement",
    "'لن توقع الحكومة أي اتفاق قبل مراجعة البرلمان.', none",
    "'دو کشور در سال‌های گذشته همکاری خوبی داشته‌اند.', none",
  })
  void readsKindsFromCuesAndRejectsNegationAndDescriptions(String sentence, String kind) {
    assertEquals(kind, CUES.kind(sentence, "news"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "'1- تقرر تشكيل فريق عمل مشترك لمتابعة الربط السككي.', decision",
    "'۲- مقرر شد استانداری گزارش را ظرف یک ماه ارسال کند.', decision",
  })
  void decisionsAreForMinutes(String sentence, String kind) {
    assertEquals(kind, CUES.kind(sentence, "minutes"));
  }
}
