package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Persian officials of the kinds missed on the third round of unseen Fars news (issue 13, unseen-fa-articles-3.tsv),
 * with the shipped name models: names completed to their fullest form in the document, a full name after a title
 * beating a rare word before it, the state written after the last item of a list of officials.
 */
class PersianFullNameTest {
  @BeforeAll
  static void loadShippedModels() {
    ShippedOfficials.extractor();
  }

  private static List<List<String>> officials(String text) {
    return ShippedOfficials.officials(text, Language.PERSIAN).stream()
        .map(o -> List.of(o.name(), String.valueOf(o.role()), String.valueOf(o.country()))).toList();
  }

  @Test
  void aFamilyNameThatOpensSentencesAsTheirSubjectCompletesTheGivenName() {
    assertEquals(List.of(List.of("اکبر سوری", "معاون توانبخشی بهزیستی قزوین", "IR")), officials(
        "معاون توانبخشی بهزیستی قزوین گفت: طرح غربالگری در استان اجرا می‌شود.\n"
            + "اکبر سوری امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: مرحله اول طرح برگزار شد.\n"
            + "سوری با اشاره به مرحله دوم طرح افزود: دوره آموزشی برگزار می‌شود.\n"
            + "سوری ادامه داد: کودکان به پایگاه‌ها مراجعه می‌کنند.\n"
            + "سوری در پایان گفت: خانواده‌ها همکاری کنند."));
  }

  @Test
  void aFamilyNamesEndingWrittenApartStaysInTheName() {
    assertEquals(List.of(List.of("مهدی جمالی نژاد", "معاون عمرانی وزیر کشور", "IR")), officials(
        "معاون عمرانی وزیر کشور گفت: بازسازی مناطق سیل‌زده ادامه دارد.\n"
            + "به گزارش خبرگزاری فارس، مهدی جمالی نژاد در جلسه قرارگاه بازسازی اظهار کرد: اعتبارات محدود است.\n"
            + "جمالی نژاد افزود: کارها در حال انجام است."));
  }

  @Test
  void theHonorificWrittenAsOneWordIsNoPartOfTheName() {
    assertEquals(List.of(List.of("علی سعیدی", "رئیس دفتر عقیدتی سیاسی", "IR")), officials(
        "به گزارش خبرگزاری فارس، حجت‌الاسلام‌والمسلمین علی سعیدی رئیس دفتر عقیدتی سیاسی ظهر امروز در کرج"
            + " سخنرانی کرد."));
  }

  @Test
  void aFullNameTheFinderMarkedAfterTheTitleBeatsADateWordBeforeIt() {
    assertEquals("محمود احمدی‌نژاد", officials(
        "در دیدار 29 آوریل رئیس جمهور محمود احمدی‌نژاد با رهبران هند، توافق‌هایی امضا شد.").get(0).get(0));
  }

  @Test
  void theStateAfterTheLastOfficialOfAListIsEveryListedOfficials() {
    assertEquals(List.of(List.of("پراتیبها پاتیل", "رئیس جمهور", "IN"), List.of("منموهان سینگ", "نخست وزیر", "IN"),
        List.of("مورلی دئورا", "وزیر نفت هند", "IN")), officials(
        "خبرگزاری فارس: وزیر نفت ایران در تهران با هیئتی از هند دیدار کرد.\n"
            + "در این دیدار پراتیبها پاتیل رئیس جمهور، منموهان سینگ نخست وزیر و مورلی دئورا وزیر نفت هند از همکاری"
            + " با ایران استقبال کردند."));
  }

  @Test
  void aGivenNameAfterAndIsTheSecondHalfOfABodysName() {
    assertEquals("محمد نهاوندی", officials(
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی سازمان صدا و سیما محمد نهاوندی در نشستی مطبوعاتی سخن گفت.\n"
            + "نهاوندی دبیر همایش رسانه و اقتصاد گفت: این همایش اولین تجربه است.").get(0).get(0));
  }
}
