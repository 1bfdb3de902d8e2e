package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalsTest {
  private static final Ordinals ORDINALS = Ordinals.load();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "عقدت الدورة الرابعة عشرة للجنة الاقتصادية المشتركة في طهران|14",
      "وسيعقد الاجتماع الحادي عشر للجنة في بغداد|11",
      "إنشاء خط سكة حديد ثان بين البصرة والشلامجة|2",
      "الاجتماع الثاني عشر والمرحلة الثالثة|3 12",
      "عقد الاجتماع الخامس للجنة العليا|5",
      "نشست هجدهم کمیسیون مشترک در تهران برگزار شود|18",
      "پانزدهمین نشست کمیسیون مشترک اقتصادی برگزار شد|15",
      "بازارچه مرزی دوم|2",
      "يعقد الفريق اجتماعه الأول خلال ثلاثة أشهر|",
      "رفع عدد الرحلات إلى عشرة رحلات أسبوعيا|"})
  void readsTheRanksATextNamesATeenAsOneRank(String text, String ranks) {
    Set<Integer> expected = new TreeSet<>();
    if (ranks != null) {
      Arrays.stream(ranks.split(" ")).forEach(r -> expected.add(Integer.parseInt(r)));
    }
    assertEquals(expected, ORDINALS.in(text));
  }
}
