package org.diplomatic.analyzer.extract.figures;

import static org.diplomatic.analyzer.extract.figures.ShippedFigures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds of figures missed or invented on a sample of published news outside the real set (fifth pass of issue
 * 14, models/figures/README.md), one sentence in the register of that news per kind.
 */
class UnseenNewsFigureTest {
  /** lang | sentence | figure text | value | min | max | unit. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fa | بارش در ماکو به 67.3 میلی‌متر رسید. | 67.3 میلی‌متر | 67.3 | | |
      fa | از ابتدای مهر 298 میلیمتر باران باریده است. | 298 میلیمتر | 298 | | |
      ar | بلغت كمية الأمطار 45 ملم في أبها. | 45 ملم | 45 | | |
      fa | ۵۰ گالن آب به منطقه ارسال شد. | ۵۰ گالن | 50 | | |
      fa | ۴ هزار و ۱۱۲ کیلو گرم برنج ارسال شد. | ۴ هزار و ۱۱۲ کیلو گرم | 4112 | | | kg
      fa | به ۲۹۶ راننده تذکر داده شد. | ۲۹۶ راننده | 296 | | | person
      ar | سلمت المؤسسة مستحقات 932 مزارعاً. | 932 مزارعاً | 932 | | | person
      ar | قتل ثلاثة مسلحين في الاشتباك. | ثلاثة مسلحين | 3 | | | person
      ar | سافر نحو 700 بريطاني إلى سوريا. | 700 بريطاني | 700 | | | person
      ar | يعمل في المملكة 8 ملايين أجنبي و3 ملايين سعوديين. | 8 ملايين أجنبي | 8.0E6 | | | person
      ar | عاد بينهم نحو 300 إلى بلادهم. | 300 | 300 | | | person
      ar | وتراوحت الزيادة بين 23% إلى 29% في الأسعار. | 23% إلى 29% | | 23 | 29 | percent
      ar | بلغ أدنى مستوياته في خمسة أعوام ونصف العام أمس. | خمسة أعوام ونصف العام | 5.5 | | | year
      fa | در این حادثه کشته شدن 191 تن گزارش شد. | 191 تن | 191 | | | person
      fa | بهای هر مثقال طلا با یکهزار ریال کاهش همراه بود. | یکهزار ریال | 1000 | | | IRR
      fa | 6 هزارو 900 مجموعه بهداشتی ارسال شد. | 6 هزارو 900 | 6900 | | |
      ar | وبلغت قيمة التداول منخفضة بنسبة 56 ر 4 % مقارنة بالجلسة السابقة. | 56 ر 4 % | 4.56 | | | percent
      ar | وسيحصل الفائز بالمركز الأول على "10,000" ريال من الشركة. | 10,000" ريال | 10000 | | | SAR
      ar | كان الوضع النقدي للبعثة يبلغ 000 300 579 دولار في آذار. | 000 300 579 دولار | 5.793E8 | | | USD
      ar | ارتفعت الأسهم بنسب مابين 9.78% إلى 4.17% في التداولات. | 9.78% إلى 4.17% | | 4.17 | 9.78 | percent
      ar | غادر 6 من مصابي الحادث المستشفى أمس. | 6 | 6 | | | person
      fa | اجرای طرح در 1163 روستای استان آغاز شد. | 1163 | 1163 | | |
      fa | این کلاس با حضور 60 هنرجو برگزار شد. | 60 هنرجو | 60 | | | person
      """)
  void readsTheFigureOfASentence(String lang, String sentence, String text, Double value, Double min, Double max,
      String unit) {
    List<Figure> figures = extract(lang, sentence);
    Figure f = figures.stream().filter(x -> x.start() == sentence.indexOf(text)).findFirst().orElseThrow(
        () -> new AssertionError("no figure at " + text + " in " + figures));
    assertEquals(text, f.text());
    assertEquals(value, f.value());
    assertEquals(min, f.min());
    assertEquals(max, f.max());
    assertEquals(unit, f.unit());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fa | النصر در مرحله یک هشتم نهایی لیگ قهرمانان آسیا بازی می‌کند.
      fa | بهای هر گرم طلای 18 عیار کاهش یافت.
      fa | متهم از افراد چندین میلیون تومان کلاهبرداری کرده است.
      fa | این پارک تا پایان سال هشتاد و هفت به بهره برداری می‌رسد.
      fa | مردم با مرکز فوریت‌های پلیسی 110 تماس گرفتند.
      ar | ومن المقرر إطلاق النسخة 1.0 من المبادرة في باريس.
      ar | وهو أحد المطلوبين في قائمة 23 التي أعلنتها الوزارة.
      ar | A/69/L.67
      ar | A/C.5/69/L.43
      ar | وكذلك تنظيم مخطط (د/6) بمحافظة ينبع.
      """)
  void findsNoFigureInRoundsGradesVagueAmountsShortYearsAndCodes(String lang, String sentence) {
    assertEquals(List.of(), extract(lang, sentence));
  }

  @Test
  void readsADashOpeningALineOfAListAsItsBullet() {
    String text = "واشنگتن‌پست:\n-64 کلاهک موشکی از قطار ربوده شد";
    List<Figure> figures = ShippedFigures.extractor()
        .extract(text, List.of(new Sentence(text.substring(13), 13, text.length())), Language.PERSIAN);
    assertEquals("64", figures.get(0).text());
    assertEquals(64.0, figures.get(0).value());
  }

  @Test
  void keepsAMinusSignAtTheStartOfAText() {
    assertEquals(-1.2, extract("ar", "-1.2").get(0).value());
  }

  @Test
  void readsTheSaudiRiyalOfAPersianTextAboutSaudiArabia() {
    String text = "باشگاه النصر عربستان 135 میلیون ریال سعودی بدهی دارد و الهلال عربستان با 24 میلیون ریال کم‌بدهکار"
        + " است؛ بدهی تیم سعودی الاتحاد 140 میلیون ریال است.";
    List<Figure> figures = extract("fa", text);
    assertEquals(List.of("SAR", "SAR", "SAR"), figures.stream().map(Figure::unit).toList());
  }

  @Test
  void keepsThePersianRialInAPersianTextAboutIran() {
    Figure f = extract("fa", "بودجه عمرانی تهران 24 میلیون ریال افزایش یافت.").get(0);
    assertEquals("IRR", f.unit());
  }
}
