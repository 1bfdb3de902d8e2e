package org.diplomatic.analyzer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenreDetectorTest {
  private final GenreDetector detector = new GenreDetector();

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      محضر اجتماع اللجنة الفنية المشتركة للمنافذ الحدودية\\nالتاريخ: الأحد 5 تشرين الأول 2025         | minutes
      صورتجلسه ستاد اربعین استان ایلام\\nتاریخ: ۲۸ تیر ۱۴۰۴                                         | minutes
      اجتماع اللجنة المشتركة\\nالحضور: وزير النقل ووكيل وزارة الداخلية                            | minutes
      بيان مشترك أردني مصري\\nعمّان في 11 آذار 2026                                                | statement
      البيان الختامي للاجتماع العاشر للجنة الاستراتيجية العليا                                     | statement
      «بيان صادر عن وزارة الخارجية بشأن نتائج الاجتماعات»                                          | statement
      اطلاعیه وزارت نیرو درباره نتایج سفر هیئت ایرانی به ایروان                                    | statement
      بیانیه مشترک ایران و هند درباره زیرساخت عمومی دیجیتال                                        | statement
      خادم الحرمين يبحث مع نواز شريف تطورات الأحداث\\nوقال بيان صادر عن الديوان الملكي إن الجانبين بحثا | news
      الجبير يناقش في الكرملين تعزيز العلاقات\\nوأشار البيان المشترك إلى محضر الاجتماع السابق       | news
      بيانات التجارة الخارجية تظهر نموا في الصادرات                                               | news
      اسپانیا سفیر ایران را احضار کرد\\nوزارت خارجه در اطلاعیه‌ای اعلام کرد                         | news
      ''                                                                                            | news
      """)
  void readsTheGenreFromTheTitleAndHeadingsOnly(String opening, String genre) {
    assertEquals(genre, detector.detect(opening.replace("\\n", "\n")));
  }
}
