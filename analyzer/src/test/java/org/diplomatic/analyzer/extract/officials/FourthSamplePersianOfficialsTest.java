package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Persian officials of the kinds missed on the fourth sample of unseen Fars news (unseen-fa-articles-4.tsv), with the
 * shipped name models: office heads the tables lacked, a cheque that is no Czech Republic, حاج inside a family name,
 * a government named after its head, a body named after a person, and an office given after its holder spoke.
 */
class FourthSamplePersianOfficialsTest {
  private static List<List<String>> described(String text) {
    return ShippedOfficials.described(text, Language.PERSIAN);
  }

  private static List<String> names(String text) {
    return ShippedOfficials.names(text, Language.PERSIAN);
  }

  @Test
  void aProsecutorGeneralIsAnOffice() {
    assertEquals(List.of(List.of("سالم الحدادی", "دادستان کل یمن", "YE")),
        described("به گزارش خبرگزاری فارس، «سالم الحدادی» دادستان کل یمن گفت که ۲۰۰ زندانی آزاد شده‌اند."));
  }

  @Test
  void masulHeadsABodysBranchInEachSpelling() {
    assertEquals(List.of(List.of("رضا خالقی", "مسؤول بسیج دانشجویی دانشگاه شیراز", "IR")),
        described("رضا خالقی مسؤول بسیج دانشجویی دانشگاه شیراز در گفت‌وگو با خبرنگار فارس گفت: اردوی جهادی برگزار شد."));
  }

  @Test
  void aHeadlineOnTheChequeLawNamesNoCzechRepublic() {
    assertEquals(List.of(List.of("علی رحمانی", "مدیرکل مقررات بانکی بانک مرکزی", "IR")),
        described("ضرورت اجرای کامل قانون جدید چک\n"
            + "علی رحمانی مدیرکل مقررات بانکی بانک مرکزی گفت: قانون چک باید سریع اجرا شود."));
  }

  @Test
  void hajAfterAGivenNameOpensTheFamilyName() {
    assertEquals(List.of("حسن حاج محمدی"),
        names("حجت‌الاسلام والمسلمین حسن حاج محمدی عضو مجلس خبرگان رهبری اظهار کرد: مسئولان باید ساده زیست باشند."));
  }

  @Test
  void aGovernmentNamedAfterAPersonNamesItsHead() {
    assertEquals(List.of(List.of("احمدی‌نژاد", "null", "IR")),
        described("دانش‌آموزان گفتند ما از دولت آقای احمدی‌نژاد حمایت می‌کنیم."));
  }

  @Test
  void aNameRightAfterARolesFoundationNamesTheFoundation() {
    assertFalse(names("مسوول بنیاد احسان و نیکوکاری کمیته امداد شهرستان سنندج گفت: جشن نیکوکاری برگزار می‌شود.")
        .contains("احسان"));
  }

  @Test
  void darHaliAfterTheDatelineIsNoHolderOfTheHeadlinesOffice() {
    assertFalse(names("دادستان کل عراق از اعدام دو زندانی ابراز بی‌اطلاعی کرد\n"
        + "خبرگزاری فارس: درحالی که شبکه‌های تلویزیونی خبر اعدام را پخش کردند، وی گفت از آن خبر ندارد.")
        .contains("درحالی"));
  }

  @Test
  void aBareTitleOpeningALaterSpeechGoesToTheSpeakerNamedBefore() {
    assertEquals(List.of(List.of("محمدحسین کریمی", "مسؤول ناحیه بسیج دانشجویی اصفهان", "IR")),
        described("به گزارش خبرگزاری فارس از اصفهان، محمدحسین کریمی صبح امروز در اجتماع دانشجویان اظهار کرد: "
            + "باید وظایف خود را بدانیم.\nوی افزود: جایگاه ما حساس است.\n"
            + "مسؤول ناحیه بسیج دانشجویی اصفهان با بیان این که باید نقش خود را تعریف کنیم، عنوان کرد: "
            + "بسیج دانشجویی ساختار خود را دارد."));
  }

  @Test
  void aBareTitleWithNizBringsInSomeoneElse() {
    // the governor waits for a name of his own; the student speaker stays no official
    assertEquals(List.of(),
        names("به گزارش خبرگزاری فارس از اصفهان، محمدحسین کریمی صبح امروز در اجتماع دانشجویان اظهار کرد: "
            + "باید وظایف خود را بدانیم.\n"
            + "فرماندار اصفهان نیز در این مراسم گفت: دانشجویان پای کار هستند."));
  }
}
