package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Persian officials' names completed to their fullest form in the document ({@link PersianFullName}), a kind missed on
 * the third round of unseen Fars news (issue 13, unseen-fa-articles-3.tsv), with the shipped name models.
 */
class PersianFullNameTest {
  @BeforeAll
  static void loadShippedModels() {
    ShippedOfficials.extractor();
  }

  private static List<List<String>> officials(String text) {
    return ShippedOfficials.described(text, Language.PERSIAN);
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
  void aGivenNameAfterAndIsTheSecondHalfOfABodysName() {
    assertEquals("محمد نهاوندی", officials(
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی سازمان صدا و سیما محمد نهاوندی در نشستی مطبوعاتی سخن گفت.\n"
            + "نهاوندی دبیر همایش رسانه و اقتصاد گفت: این همایش اولین تجربه است.").get(0).get(0));
  }
}
