package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineDatesTest {
  private static final DeadlineDates DATES = DeadlineDates.load();
  private static final LocalDate MEETING = LocalDate.of(2025, 11, 12);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      قبل نهاية 2025                  | 2025-12-31
      قبل نهاية ٢٠٢٦                  | 2026-12-31
      بحلول عام 2028                  | 2028-12-31
      قبل نهاية يونيو 2026            | 2026-06-30
      بحلول 30 يونيو 2026             | 2026-06-30
      في موعد أقصاه 15 مارس 2026      | 2026-03-15
      موعد أقصاه 30 يونيو 2026        | 2026-06-30
      قبل نهاية شباط 2026             | 2026-02-28
      حتى نهاية أيلول 2025            | 2025-09-30
      قبل نهاية حزيران ٢٠٢٦           | 2026-06-30
      خلال كانون الثاني 2026          | 2026-01-31
      في سبتمبر 2027                  | 2027-09-30
      تا پایان ژانویه ۲۰۲۸            | 2028-01-31
      تا پایان ژوئن 2027              | 2027-06-30
      تا پایان سال ۲۰۲۵               | 2025-12-31
      خلال الربع الأول من ٢٠٢٦        | 2026-03-31
      قبل نهاية الربع الثالث من 2026  | 2026-09-30
      خلال النصف الثاني من عام 2026   | 2026-12-31
      نیمه نخست سال ۲۰۲۷              | 2027-06-30
      """)
  void resolvesGregorianDeadlines(String deadline, String iso) {
    assertEquals(LocalDate.parse(iso), DATES.resolve(deadline));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ١٤ ربيع الأول 1447 هـ          | 2025-09-06
      قبل نهاية ربيع الأول 1447 هـ    | 2025-09-22
      في ١٨ جمادى الأولى ١٤٤٧ هـ      | 2025-11-09
      قبل شهر رمضان 1447 هـ           | 2026-02-17
      """)
  void resolvesHijriDeadlinesWithUmmAlQura(String deadline, String iso) {
    assertEquals(LocalDate.parse(iso), DATES.resolve(deadline));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      از ۱ فروردین ۱۴۰۴        | 2025-03-21
      تا پایان آذر ۱۴۰۴        | 2025-12-21
      تا ۱۰ مرداد ۱۴۰۴         | 2025-08-01
      تا پایان مرداد ۱۴۰۴      | 2025-08-22
      تا پایان سال ۱۴۰۴        | 2026-03-20
      تا اسفند ۱۴۰۴            | 2026-03-20
      تا پایان اسفند 1403      | 2025-03-20
      در آبان‌ماه ۱۴۰۵         | 2026-11-21
      از ابتدای اردیبهشت ۱۴۰۵  | 2026-04-21
      تا سال ۱۴۰۶              | 2028-03-19
      8 آذر 1404 هـ ش          | 2025-11-29
      """)
  void resolvesSolarHijriDeadlines(String deadline, String iso) {
    assertEquals(LocalDate.parse(iso), DATES.resolve(deadline));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      قبل 1 شباط 2026                      | 2026-01-31
      قبل عام 2029                         | 2028-12-31
      اعتبارا من الأول من كانون الثاني 2026 | 2026-01-01
      از اول ژانویه ۲۰۲۷                    | 2027-01-01
      مع بداية 2026                        | 2026-01-01
      """)
  void beforeMeansTheDayBeforeAndFromMeansTheFirstDay(String deadline, String iso) {
    assertEquals(LocalDate.parse(iso), DATES.resolve(deadline));
  }

  @ParameterizedTest(name = "{0} (meeting 2025-11-12) -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      خلال شهر                          | 2025-12-12
      ظرف یک ماه                        | 2025-12-12
      خلال شهرين                        | 2026-01-12
      خلال ثلاثة أشهر                   | 2026-02-12
      خلال 30 يوما                      | 2025-12-12
      ظرف ۴۵ روز                        | 2025-12-27
      خلال أسبوعين                      | 2025-11-26
      طی دو سال                         | 2027-11-12
      خلال 72 ساعة                      | 2025-11-15
      خلال 9 أشهر من تاريخ الاجتماع     | 2026-08-12
      خلال شهر من تاريخه                | 2025-12-12
      ۳ ماه دیگر                        | 2026-02-12
      قبل نهاية العام                   | 2025-12-31
      قبل نهاية العام المقبل            | 2026-12-31
      قبل نهاية الشهر الجاري            | 2025-11-30
      تا پایان سال جاری                 | 2026-03-20
      پیش از پایان سال جاری میلادی      | 2025-12-31
      قبل نهاية أيلول                   | 2026-09-30
      في أكتوبر المقبل                  | 2026-10-31
      قبل نهاية آذار المقبل             | 2026-03-31
      تا پایان اردیبهشت                 | 2026-05-21
      """)
  void resolvesRelativeDeadlinesFromTheMeetingDate(String deadline, String iso) {
    assertEquals(LocalDate.parse(iso), DATES.resolve(deadline, MEETING));
  }

  @ParameterizedTest
  @ValueSource(strings = {"خلال شهر", "ظرف یک ماه", "قبل نهاية العام", "قبل نهاية أيلول", "تا پایان اردیبهشت"})
  void leavesRelativeDeadlinesOpenWithoutAMeetingDate(String deadline) {
    assertNull(DATES.resolve(deadline));
  }

  @ParameterizedTest
  @ValueSource(strings = {"خلال 60 يوما من تاريخ التوقيع", "في الاجتماع القادم", "قبل بدء الزيارة",
      "خلال عامي 2026 و2027", "قبل 30 يوما من بدء الموسم", "پیش از نشست بعدی", "در ایام اربعین", "", " "})
  void givesNoDateWhenTheTextFixesNone(String deadline) {
    assertNull(DATES.resolve(deadline, MEETING));
  }

  @org.junit.jupiter.api.Test
  void givesNoDateForNull() {
    assertNull(DATES.resolve(null, MEETING));
  }
}
