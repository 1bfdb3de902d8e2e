package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesParserTest {
  private final MinutesParser parser = new MinutesParser();

  @Test
  void readsHeadingDateAttendeesAgendaAndDecisionsOfArabicMinutes() {
    String text = "محضر اجتماع اللجنة الفنية العراقية الإيرانية للمنافذ الحدودية\n"
        + "التاريخ: 12 نوفمبر 2025\n"
        + "المكان: بغداد، وزارة الداخلية\n"
        + "الحضور:\n"
        + "- اللواء عمر عدنان الوائلي، رئيس هيئة المنافذ الحدودية\n"
        + "- السيد محمد رضا كاظمي، سفير إيران لدى العراق\n"
        + "جدول الأعمال:\n"
        + "1- تطوير منفذ الشلامجة\n"
        + "2- تسهيل عبور الزوار\n"
        + "استعرض الوائلي ما تم إنجازه في منفذ الشلامجة خلال الأشهر الماضية، وأشار السفير إلى أن حركة الزوار ارتفعت "
        + "بنسبة كبيرة في موسم الأربعين الماضي مقارنة بالعام الذي سبقه.\n"
        + "القرارات:\n"
        + "1- تقرر افتتاح بوابة جديدة للشاحنات (الجهة المنفذة: هيئة المنافذ، المهلة: خلال ثلاثة أشهر).\n"
        + "2- تقرر تمديد ساعات العمل في موسم الأربعين.\n";
    MinutesStructure m = parser.parse(text);
    assertEquals("محضر اجتماع اللجنة الفنية العراقية الإيرانية للمنافذ الحدودية", m.heading());
    assertEquals("12 نوفمبر 2025", m.date());
    assertEquals("2025-11-12", m.dateIso());
    assertEquals(List.of("اللواء عمر عدنان الوائلي، رئيس هيئة المنافذ الحدودية",
        "السيد محمد رضا كاظمي، سفير إيران لدى العراق"), m.attendees());
    assertEquals(List.of("تطوير منفذ الشلامجة", "تسهيل عبور الزوار"), m.agenda());
    assertEquals(2, m.decisions().size());
    assertEquals("تقرر تمديد ساعات العمل في موسم الأربعين.", m.decisions().get(1));
  }

  @Test
  void readsPersianMinutesWithSolarHijriDate() {
    String text = "صورتجلسه کارگروه مشترک گردشگری مذهبی\n"
        + "تاریخ: ۱۵ آبان ۱۴۰۴\n"
        + "حاضرین:\n"
        + "دکتر علی رضایی، معاون وزیر میراث فرهنگی\n"
        + "دستور جلسه:\n"
        + "۱- صدور روادید زائران\n"
        + "مصوبات:\n"
        + "۱- مقرر شد روادید ظرف ۴۸ ساعت صادر شود.\n";
    MinutesStructure m = parser.parse(text);
    assertEquals("2025-11-06", m.dateIso());
    assertEquals(List.of("دکتر علی رضایی، معاون وزیر میراث فرهنگی"), m.attendees());
    assertEquals(List.of("صدور روادید زائران"), m.agenda());
    assertEquals(List.of("مقرر شد روادید ظرف ۴۸ ساعت صادر شود."), m.decisions());
  }
}
