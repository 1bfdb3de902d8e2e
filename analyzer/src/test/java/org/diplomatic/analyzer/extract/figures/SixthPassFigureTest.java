package org.diplomatic.analyzer.extract.figures;

import static org.diplomatic.analyzer.extract.figures.ShippedFigures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds of figures missed or invented on the sixth-pass sample of published news outside the real set
 * (models/figures/sample-sixth-pass.tsv), one sentence in the register of that news per kind.
 */
class SixthPassFigureTest {
  /** lang | sentence | figure text | value | unit. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ar | وكان قرار 44.9% منهم إبلاغ الهيئة. | 44.9% | 44.9 | percent
      ar | باع القصر مقابل 60 مليون دولار أسترالي. | 60 مليون دولار أسترالي | 6.0E7 | AUD
      ar | «161» مليون ريال لتطوير المستشفى | 161» مليون ريال | 1.61E8 | SAR
      ar | هبطت العقود إلى أدنى مستوى في خمسة أشهر ونصف اليوم الجمعة. | خمسة أشهر ونصف | 5.5 | month
      ar | أوقفت الشرطة 3 شابات بتهمة الاحتيال. | 3 شابات | 3 | person
      ar | وزاد عدد المنصات ست منصات الأسبوع الماضي. | ست منصات | 6 |
      ar | 150 مليون صافي أرباح الشركة | 150 مليون | 1.5E8 |
      fa | این ستاره در فاصله ۳ هزار سال نوری زمین قرار دارد. | ۳ هزار سال نوری | 3000 |
      fa | در ایام نوروز 3500 بازرس بهداشت بازرسی کردند. | 3500 بازرس | 3500 | person
      fa | علاوه بر آن4500 نفر نیز بازرسی شدند. | 4500 نفر | 4500 | person
      ar | بلغ الاستثمار 500 ألف د.ك في المشروع. | 500 ألف د.ك | 5.0E5 | KWD
      ar | وبلغت القيمة 40 مليون ر.س خلال العام. | 40 مليون ر.س | 4.0E7 | SAR
      """)
  void readsTheFigureOfASentence(String lang, String sentence, String text, Double value, String unit) {
    List<Figure> figures = extract(lang, sentence);
    Figure f = figures.stream().filter(x -> x.start() == sentence.indexOf(text)).findFirst().orElseThrow(
        () -> new AssertionError("no figure at " + text + " in " + figures));
    assertEquals(text, f.text());
    assertEquals(value, f.value());
    assertEquals(unit, f.unit());
  }

  /** lang | sentence | figure text | period: the period word stays outside the span. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ar | تنتج الحقول 3 ملايين برميل من النفط يوميا. | 3 ملايين برميل | day
      ar | بلغت الإيرادات 20 مليار دولار، سنويا. | 20 مليار دولار | year
      fa | ارزش آن ۵۰۰ میلیون دلار، در سال ۱۴۰۰ بود. | ۵۰۰ میلیون دلار |
      """)
  void readsAPeriodWordAfterTheMaterialOrAComma(String lang, String sentence, String text, String period) {
    Figure f = extract(lang, sentence).get(0);
    assertEquals(text, f.text());
    assertEquals(period, f.period());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fa | این اسیر در 20 جولای 1962 متولد شد.
      ar | على النحو المبين في الجدول 3 أعلاه.
      ar | ويمنحه ذلك شهادة المعيار 18001 الدولية.
      fa | این بیماری ممکن است عامل مرگ صدها میلیون نفر شود.
      fa | گواهینامه رانندگی پایه یک و دو صادر می‌شود.
      fa | از موتورهای دو زمانه عوارض دریافت می‌شود.
      fa | مردم پیروز نهایی انتخابات 90 هستند.
      ar | وحققت الشركة ربحا بنهاية النصف الأول 2015 متراجعة عن العام السابق.
      """)
  void findsNoFigureInDatesLabelsVaguePluralsAndEngineKinds(String lang, String sentence) {
    assertEquals(List.of(), extract(lang, sentence));
  }
}
