package org.diplomatic.analyzer.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentDaterTest {
  private static final DocumentDater DATER = DocumentDater.load();

  private static Optional<DocumentDate> date(String text, boolean persian, DateHints hints) {
    return DATER.date(text.replace("\\n", "\n"), persian, hints);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      بغداد تبحث مع طهران خطة موسم الأربعين\\nبغداد - 12 تموز 2025 (واع)\\nبحث وزير الداخلية...             | false | 2025-07-12 | dateline
      عنوان خبر\\nتهران - ایرنا - ۱۵ مهر ۱۴۰۴ - وزیر امور خارجه امروز در نشستی با سفیر عراق در تهران گفت که دو کشور همکاری خواهند کرد | true | 2025-10-07 | dateline
      عام / اللواء الحمزي يلتقي مستشار وزير العدل التركي\\nالرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس | false | 2015-08-10 | dateline
      بيان مشترك سعودي أذربيجاني\\nجدة، 20 رجب 1447هـ\\nاستقبل نائب وزير الحج...                           | false | 2026-01-09 | dateline
      بیانیه مشترک\\nتهران، ۱ فروردین ۱۴۰۴                                                                 | true  | 2025-03-21 | dateline
      بيان مشترك\\nمسقط، ١٢ مارس ٢٠٢٦                                                                       | false | 2026-03-12 | dateline
      طشقند، 19 تشرين الأول/أكتوبر 2025 (وام)                                                              | false | 2025-10-19 | dateline
      محضر اجتماع اللجنة الفنية\\nالتاريخ: الأحد 12 تشرين الأول 2025، الموافق 20 ربيع الآخر 1447 هـ          | false | 2025-10-12 | dateline
      محضر اجتماع\\nالتاريخ: 18 جمادى الأولى 1447 هـ الموافق 9 تشرين الثاني 2025                           | false | 2025-11-09 | dateline
      صورتجلسه\\nتاریخ: ۸ آذر ۱۴۰۴ هـ ش                                                                     | true  | 2025-11-29 | dateline
      صورتجلسه\\nتاریخ: ۱۴۰۴/۰۷/۱۵                                                                          | true  | 2025-10-07 | dateline
      القاهرة - كونا - الثلاثاء 21 أكتوبر 2025                                                               | false | 2025-10-21 | dateline
      عنوان\\nبه گزارش خبرنگار سیاسی، وزیر کشور، روز دوشنبه ۲۲ تیر ۱۴۰۴ در بغداد با همتای عراقی خود دیدار کرد. | true | 2025-07-13 | text
      """)
  void readsTheDatelineOrTheReportedDay(String text, boolean persian, String value, String source) {
    assertEquals(Optional.of(new DocumentDate(value, DateSource.valueOf(source.toUpperCase()))),
        date(text, persian, DateHints.NONE));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      أنقرة وباكو تبحثان توسيع خط الغاز\\nباكو، 9 أيلول/سبتمبر (الأناضول)                                   | false
      يونيو 2015 هو الأكثر حرارة في التاريخ\\nذكرت الإدارة الوطنية الأمريكية أن شهر حزيران كان الأكثر دفئا    | false
      تعليم تبوك يعلن المواعيد\\nدعت الإدارة العامة للتعليم المعلمين الجدد لاستكمال إجراءات تعيينهم بدءً من يوم السبت القادم الموافق 9 / 10 / 1436هـ ولمدة 4 أيام. | false
      الرئيس قاديروف\\nولد رمضان قاديروف الرئيس الحالي للشيشان في 5 أكتوبر عام 1976، وهو نجل الزعيم الشيشاني | false
      بيان\\nبغداد، 31 شباط 2025                                                                             | false
      بیانیه\\nتهران، ۳۲ مهر ۱۴۰۴                                                                            | true
      بیانیه\\nتهران، ۱۵ مهر ۲۰۲۵                                                                            | true
      ''                                                                                                     | false
      """)
  void findsNoDateWhereNoneIsTheDocuments(String text, boolean persian) {
    assertEquals(Optional.empty(), date(text, persian, DateHints.NONE));
  }

  @Test
  void aUsersDateWinsOverTheDateline() {
    DocumentDate user = new DocumentDate("2025-07-01", DateSource.USER);
    assertEquals(Optional.of(user), date("بيان\\nبغداد، 3 آب 2025", false, new DateHints(user, null)));
  }

  @Test
  void metadataDatesOnlyATextThatWritesNone() {
    DocumentDate archive = new DocumentDate("2015-08-11", DateSource.METADATA);
    assertEquals(Optional.of(archive), date("خبر\\nعقد الوزير اليوم اجتماعا.", false, new DateHints(null, archive)));
    assertEquals("dateline",
        date("بيان\\nبغداد، 3 آب 2025", false, new DateHints(null, archive)).orElseThrow().source().label());
  }

  @Test
  void readsAMonthAndYearDatelineAsYearMonth() {
    Optional<DocumentDate> d = date("تقرير\\nبغداد، تموز 2025", false, DateHints.NONE);
    assertTrue(d.isPresent());
    assertEquals("2025-07", d.get().value());
  }
}
