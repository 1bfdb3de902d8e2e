package org.diplomatic.analyzer.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureExtractorTest {
  private static FigureExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = FigureExtractor.load();
  }

  private static List<Figure> extract(String lang, String text) {
    return extractor.extract(text, List.of(new Sentence(text, 0, text.length())), Language.fromCode(lang));
  }

  private static Figure only(String lang, String text) {
    List<Figure> figures = extract(lang, text);
    assertEquals(1, figures.size(), () -> "figures of " + text + ": " + figures);
    return figures.get(0);
  }

  /** lang | sentence | figure text | value | min | max | unit | period | qualifier. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ar | بلغ حجم التبادل التجاري 20 مليار دولار سنويا. | 20 مليار دولار سنويا | 2.0E10 | | | USD | year |
      ar | يتوقع استقبال 8 إلى 10 ملايين زائر هذا الموسم. | 8 إلى 10 ملايين زائر | | 8.0E6 | 1.0E7 | person | |
      fa | ظرفیت نیروگاه به ۳۵۰ مگاوات می‌رسد. | ۳۵۰ مگاوات | 350 | | | MW | |
      ar | بلغت قيمة العقد 1,500.5 دولار. | 1,500.5 دولار | 1500.5 | | | USD | |
      ar | بلغت قيمة العقد ١٬٥٠٠٫٥ دينار عراقي. | ١٬٥٠٠٫٥ دينار عراقي | 1500.5 | | | IQD | |
      fa | مبلغ قرارداد ۱٬۵۰۰٫۵ یورو است. | ۱٬۵۰۰٫۵ یورو | 1500.5 | | | EUR | |
      fa | صادرات به ۲/۵ میلیارد دلار رسید. | ۲/۵ میلیارد دلار | 2.5E9 | | | USD | |
      ar | ضبطت القوات ٢٬٤ طن من الحبوب. | ٢٬٤ طن | 2.4 | | | ton | |
      ar | خصصت الحكومة بـ500 مليون دولار للمشروع. | 500 مليون دولار | 5.0E8 | | | USD | |
      ar | يمتد العقد لـ20 عاما. | 20 عاما | 20 | | | year | |
      ar | استقبلت كربلاء عشرين ألف زائر. | عشرين ألف زائر | 20000 | | | person | |
      ar | يعمل في الميناء عشرون عاملا. | عشرون عاملا | 20 | | | person | |
      ar | وقع الجانبان ثلاث اتفاقيات. | ثلاث اتفاقيات | 3 | | | | |
      ar | تبلغ الكلفة مائة مليون يورو. | مائة مليون يورو | 1.0E8 | | | EUR | |
      ar | تم تخصيص مائتين وخمسين مليون ريال سعودي. | مائتين وخمسين مليون ريال سعودي | 2.5E8 | | | SAR | |
      ar | تنتج المحطة ألفين ميغاواط. | ألفين ميغاواط | 2000 | | | MW | |
      ar | تصدر الشركة مليوني برميل يوميا. | مليوني برميل يوميا | 2.0E6 | | | barrel | day |
      ar | بلغ عدد الحجاج مليونان. | مليونان | 2.0E6 | | | | |
      ar | شارك في البرنامج خمسة وعشرون طالبا. | خمسة وعشرون طالبا | 25 | | | person | |
      ar | رصدت الوزارة نصف مليون دولار. | نصف مليون دولار | 5.0E5 | | | USD | |
      ar | تبلغ حصة العراق ثلاثة أرباع الإنتاج. | ثلاثة أرباع | 0.75 | | | | |
      ar | يصل طول الخط إلى بضعة آلاف كيلومتر. | بضعة آلاف كيلومتر | | 3000 | 9000 | km | |
      ar | تبلغ قيمة الاستثمارات 2.5 مليار دولار. | 2.5 مليار دولار | 2.5E9 | | | USD | |
      ar | بلغت الصادرات ربع مليون طن. | ربع مليون طن | 2.5E5 | | | ton | |
      ar | بلغ الإنتاج مليونا ونصف مليون طن. | مليونا ونصف مليون طن | 1.5E6 | | | ton | |
      fa | بیست دانشجو در این دوره شرکت کردند. | بیست دانشجو | 20 | | | person | |
      fa | صد و بیست کارگر ایرانی در پروژه کار می‌کنند. | صد و بیست کارگر | 120 | | | person | |
      fa | دو هزار و پانصد گردشگر وارد شدند. | دو هزار و پانصد گردشگر | 2500 | | | person | |
      fa | سرمایه‌گذاری یک و نیم میلیارد دلار است. | یک و نیم میلیارد دلار | 1.5E9 | | | USD | |
      fa | سه‌چهارم میلیون تن گندم صادر شد. | سه‌چهارم میلیون تن | 7.5E5 | | | ton | |
      fa | نیم میلیون زائر از مرز عبور کردند. | نیم میلیون زائر | 5.0E5 | | | person | |
      ar | خصص الصندوق 3 تريليونات دينار. | 3 تريليونات دينار | 3.0E12 | | | IQD | |
      ar | بلغت الاستثمارات 12 مليارا. | 12 مليارا | 1.2E10 | | | | |
      fa | صادرات به ۲ میلیارد دلار رسید. | ۲ میلیارد دلار | 2.0E9 | | | USD | |
      fa | هزینه طرح ۵۰ هزار تومان است. | ۵۰ هزار تومان | 5.0E5 | | | IRR | |
      fa | این وام ۳۰۰ میلیون ریال است. | ۳۰۰ میلیون ریال | 3.0E8 | | | IRR | |
      ar | بلغت الرسوم 300 درهم. | 300 درهم | 300 | | | AED | |
      ar | خفضت الرسوم بنسبة 15%. | 15% | 15 | | | percent | |
      ar | ارتفعت الصادرات بنسبة ١٥٪. | ١٥٪ | 15 | | | percent | |
      ar | نما الاقتصاد 4 بالمئة. | 4 بالمئة | 4 | | | percent | |
      ar | تراجعت البطالة 2.5 في المئة. | 2.5 في المئة | 2.5 | | | percent | |
      fa | تعرفه ۲۰ درصد کاهش یافت. | ۲۰ درصد | 20 | | | percent | |
      ar | يبلغ طول الطريق 120 كيلومترا. | 120 كيلومترا | 120 | | | km | |
      ar | صدرت الشركة 40 ألف طن من القمح. | 40 ألف طن | 40000 | | | ton | |
      ar | سيواجه المواطنون الأستراليون السجن عشر سنوات. | عشر سنوات | 10 | | | year | |
      fa | تاکنون 1300 واحد در بافت فرسوده نوسازی شده است. | 1300 | 1300 | | | | |
      fa | صندوق توسعه بخش کشاورزی با 48 عضو تشکیل شد. | 48 عضو | 48 | | | person | |
      fa | پیش از این چهار عنوان کتاب منتشر شده است. | چهار | 4 | | | | |
      fa | این حادثه شش مصدوم داشته است. | شش مصدوم | 6 | | | person | |
      fa | پاتوسی تا 2 یا 3 هفته دیگر باشگاه خواهد داشت. | 2 یا 3 هفته | | 14 | 21 | day | |
      ar | رفع الحد الأعلى في القروض الاجتماعية إلى 10.000 ريال. | 10.000 ريال | 10000 | | | SAR | |
      ar | تمكنت الجمعية من تدريب 60 سيدة أعمال. | 60 سيدة | 60 | | | person | |
      ar | ينقل الأنبوب 5 ملايين متر مكعب يوميا. | 5 ملايين متر مكعب يوميا | 5.0E6 | | | cubic_meter | day |
      fa | خط لوله روزانه ۳۰ میلیون مترمکعب گاز منتقل می‌کند. | ۳۰ میلیون مترمکعب | 3.0E7 | | | cubic_meter | day |
      fa | طول این جاده ۴۲ کیلومتر است. | ۴۲ کیلومتر | 42 | | | km | |
      fa | صادرات ۵۰۰ هزار بشکه نفت انجام شد. | ۵۰۰ هزار بشکه | 5.0E5 | | | barrel | |
      fa | ۴۰ تن دارو ارسال شد. | ۴۰ تن | 40 | | | ton | |
      ar | أدى فريضة الحج مليون حاج. | مليون حاج | 1.0E6 | | | person | |
      fa | بیش از ۴ میلیون زائر ایرانی به کربلا رفتند. | ۴ میلیون زائر | 4.0E6 | | | person | | over
      ar | تصدر الإمارات ما يزيد على 1٫2 مليون طن سنويا. | 1٫2 مليون طن سنويا | 1.2E6 | | | ton | year | over
      ar | تنتج المصفاة 300 ألف برميل شهريا. | 300 ألف برميل شهريا | 3.0E5 | | | barrel | month |
      fa | ایران سالانه ۱۲ میلیارد مترمکعب گاز صادر می‌کند. | ۱۲ میلیارد مترمکعب | 1.2E10 | | | cubic_meter | year |
      fa | سقف تجارت به 15 میلیارد دلار در سال افزایش یابد. | 15 میلیارد دلار در سال | 1.5E10 | | | USD | year |
      ar | ترتفع الرسوم من 3 إلى 5 دولارات. | 3 إلى 5 دولارات | | 3 | 5 | USD | |
      ar | تتراوح الاستثمارات بين 2 و3 مليارات دولار. | 2 و3 مليارات دولار | | 2.0E9 | 3.0E9 | USD | |
      ar | تستغرق الرحلة 3-5 أيام. | 3-5 أيام | | 3 | 5 | day | |
      fa | زمان توقف ۳ تا ۴ روز است. | ۳ تا ۴ روز | | 3 | 4 | day | |
      fa | صادرات روزانه بین ۲۵ تا ۳۰ میلیون مترمکعب بود. | ۲۵ تا ۳۰ میلیون مترمکعب | | 2.5E7 | 3.0E7 | cubic_meter | day |
      ar | بلغ التبادل التجاري نحو 107 مليارات دولار. | 107 مليارات دولار | 1.07E11 | | | USD | | approx
      ar | استقبل المركز حوالي 850 طالبا. | 850 طالبا | 850 | | | person | | approx
      ar | عبر أكثر من ٣٫٦ مليون زائر. | ٣٫٦ مليون زائر | 3.6E6 | | | person | | over
      ar | تقلص الوقت إلى أقل من 6 ساعات. | 6 ساعات | 6 | | | hour | | under
      ar | ينتظر الرد خلال مدة لا تتجاوز 72 ساعة. | 72 ساعة | 72 | | | hour | | at_most
      fa | مبادلات به حدود ۱۰٫۴ میلیارد دلار رسید. | ۱۰٫۴ میلیارد دلار | 1.04E10 | | | USD | | approx
      fa | طرف افغانستانی دست‌کم ۱۵۰ میلیون مترمکعب آب را تحویل دهد. | ۱۵۰ میلیون مترمکعب | 1.5E8 | | | cubic_meter | | at_least
      fa | کشت برنج حداکثر به ۲۰ درصد برسد. | ۲۰ درصد | 20 | | | percent | | at_most
      ar | تنتهي الدراسة خلال 9 أشهر. | 9 أشهر | 9 | | | month | |
      fa | این طرح ظرف سه ماه اجرا می‌شود. | سه ماه | 3 | | | month | |
      ar | يجب إنجاز المشروع خلال عامين. | عامين | 2 | | | year | |
      ar | شكلت الحكومة ثلاث لجان لمتابعة التنفيذ. | ثلاث لجان | 3 | | | | |
      ar | وقع البلدان سبع اتفاقيات في مجالات مختلفة. | سبع اتفاقيات | 7 | | | | |
      ar | يضم المجلس في عضويته خمس جهات حكومية. | خمس جهات | 5 | | | | |
      ar | عاد الوفد الوزاري قبل أسبوعين إلى المدينة. | أسبوعين | 14 | | | day | |
      ar | زار الوفد المنطقة خلال الأسبوعين الماضيين. | الأسبوعين | 14 | | | day | |
      ar | تستغرق الرحلة 3 أسابيع. | 3 أسابيع | 21 | | | day | |
      ar | أقامت الوزارة 14 أسبوعا ثقافيا في البلدين. | 14 أسبوعا | 14 | | | | |
      ar | استغرق الاجتماع ساعة ونصف. | ساعة ونصف | 1.5 | | | hour | |
      ar | استمرت المحادثات ساعتين ونصف. | ساعتين ونصف | 2.5 | | | hour | |
      ar | استمرت المحادثات 3 ساعات ونصف. | 3 ساعات ونصف | 3.5 | | | hour | |
      fa | این سفر یک و نیم ساعت طول کشید. | یک و نیم ساعت | 1.5 | | | hour | |
      fa | مذاکرات دو هفته ادامه داشت. | دو هفته | 14 | | | day | |
      fa | این طرح یکی دو هفته دیگر آغاز می‌شود. | یکی دو هفته | | 7 | 14 | day | |
      ar | رشحت الغرفة التجارية شخصين من القطاع الخاص. | شخصين | 2 | | | person | |
      ar | وصل 12 ألفاً من الحجاج إلى المدينة المنورة. | 12 ألفاً | 12000 | | | person | |
      ar | عاد رئيس الوزراء إلى عدن برفقة ستة من أعضاء حكومته. | ستة | 6 | | | person | |
      fa | در این حادثه 100 تن کشته شدند. | 100 تن | 100 | | | person | |
      fa | ظرفیت تولید 2 میلیون تن از اهداف برنامه عقب است. | 2 میلیون تن | 2.0E6 | | | ton | |
      fa | ورزشگاه شش هزار نفری سلماس افتتاح شد. | شش هزار نفری | 6000 | | | person | |
      fa | این بدهی به یک میلیون و 150 هزار بازنشسته تعلق دارد. | یک میلیون و 150 هزار بازنشسته | 1.15E6 | | | person | |
      fa | این شهرک در مساحت ۳۰ هکتاری ایجاد می‌شود. | ۳۰ هکتاری | 30 | | | | |
      ar | عبرت الحدود 12.450 شاحنة خلال الشهر الماضي. | 12.450 شاحنة | 12450 | | | | |
      ar | عبرت الحدود 12٬450 شاحنة خلال الشهر الماضي. | 12٬450 شاحنة | 12450 | | | | |
      ar | عبرت الحدود 12،450 شاحنة خلال الشهر الماضي. | 12،450 شاحنة | 12450 | | | | |
      ar | وصل عدد الزوار إلى 1.250.000 زائر. | 1.250.000 زائر | 1.25E6 | | | person | |
      fa | هزینه اجرای این پروژه بیش از 2/7 میلیارد دلار برآورد شده است. | 2/7 میلیارد دلار | 2.7E9 | | | USD | | over
      ar | أنتجت المحطة 2.7 تيراواط ساعة. | 2.7 تيراواط ساعة | 2.7E9 | | | kWh | |
      fa | تولید برق به ۳۰۰ مگاوات ساعت رسید. | ۳۰۰ مگاوات ساعت | 3.0E5 | | | kWh | |
      ar | يحتوي الحقل على 12 تريليون قدم مكعب من الغاز. | 12 تريليون قدم مكعب | 3.398016E11 | | | cubic_meter | |
      ar | ضبطت الأجهزة منذ مطلع العام 37 معبرا غير شرعي. | 37 معبرا غير شرعي | 37 | | | | |
      ar | وزع المركز 100 ألف سلة غذائية على المتضررين. | 100 ألف سلة غذائية | 1.0E5 | | | | |
      fa | سالانه 1100 واحد مسکونی روستایی ساخته می‌شود. | 1100 | 1100 | | | | year |
      ar | وارتفعت المخزونات إلى 89.‏463 مليون برميل. | 89.‏463 مليون برميل | 4.6389E8 | | | barrel | |
      ar | وتراجع الخام 11.‏1 دولار خلال اليوم. | 11.‏1 دولار | 1.11 | | | USD | |
      ar | رافق الوفد 27 إعلامياً وصلوا على متن طائرة خاصة. | 27 إعلامياً | 27 | | | person | |
      ar | أصدر الرئيس عفوا عن 44 سودانيا كانوا محتجزين. | 44 سودانيا | 44 | | | person | |
      ar | دعم الصندوق 1,000 يتيم في المدينة المنورة. | 1,000 يتيم | 1000 | | | person | |
      ar | حضر المناظرة عشرة مرشحين جمهوريين. | عشرة مرشحين | 10 | | | person | |
      ar | يقع المشروع على ثلاثة شرايين حيوية. | ثلاثة شرايين | 3 | | | | |
      ar | تضاعفت الهجمات ثلاث مرات خلال العام. | ثلاث مرات | 3 | | | | |
      ar | يبدأ السعر من 18.75 هللة لكل كيلوواط. | 18.75 هللة | 0.1875 | | | SAR | |
      ar | ادخر 20 ريالًا من عمله. | 20 ريالًا | 20 | | | SAR | |
      fa | جنبش صدر در پارلمان 32 نماينده دارد. | 32 نماينده | 32 | | | person | |
      fa | 2 زنداني سوئدي در ايران آزاد شدند. | 2 زنداني | 2 | | | person | |
      fa | رئیس مجلس سوئد سه بار به ایران سفر کرد. | سه بار | 3 | | | | |
      fa | اين كشور مسلمان 70 ميليوني است. | 70 ميليوني | 7.0E7 | | | person | |
      fa | صحت تصمیمات داوران %93 بوده است. | %93 | 93 | | | percent | |
      ar | تزيد قيمتها الشهرية على (1.2) مليار ريال شهرياً. | 1.2) مليار ريال شهرياً | 1.2E9 | | | SAR | month |
      ar | ارتفع عدد المشتركين إلى أكثر من (9.500.000) مشترك. | 9.500.000) مشترك | 9.5E6 | | | person | | over
      ar | ونزل الخام في عقود سبتمبر 33 سنتا. | 33 سنتا | 0.33 | | | USD | |
      fa | عملیات اجرایی پروژه ساخت2 هزار واحد مسکونی آغاز شد. | 2 هزار | 2000 | | | | |
      ar | وارتفع معدل تشغيل المصافي 2.‏0 نقطة مئوية. | 2.‏0 نقطة مئوية | 0.2 | | | percent | |
      ar | يحتاج السوق إلى 800 ألف وحدة سكنية خلال عقدين. | 800 ألف وحدة سكنية | 8.0E5 | | | | |
      ar | توزع إلى جانب 100 مليون م2 من الأراضي البيضاء. | 100 مليون م2 | 1.0E8 | | | | |
      fa | نرخ سود در حمل و نقل ریلی بین 7-5 درصد است. | 7-5 درصد | | 5 | 7 | percent | |
      fa | پیش بینی درآمد 2600 میلیاردتومانی بنادر اعلام شد. | 2600 میلیاردتومانی | 2.6E13 | | | IRR | |
      fa | 9 هزار مستمری بگیر در این دفاتر حقوق می‌گیرند. | 9 هزار مستمری بگیر | 9000 | | | person | |
      ar | إنتاجها اليومي سيراوح بين 700 ألف و800 ألف برميل يوميا. | 700 ألف و800 ألف برميل يوميا | | 7.0E5 | 8.0E5 | barrel | day |
      ar | يتوقع أن يزيد عدد المسافرين خلال الـ3 سنوات المقبلة. | 3 سنوات | 3 | | | year | |
      ar | تحتاج جدة إلى وحدات سكنية خلال العشرين سنة المقبلة. | العشرين سنة | 20 | | | year | |
      ar | قال مندوبان بمنظمة البلدان المصدرة للبترول إن الاجتماع لن يعقد. | مندوبان | 2 | | | person | |
      fa | نمایش «شب ازدواج سفید» با مدت زمان 36 دقیقه اجرا می‌شود. | 36 دقیقه | 36 | | | | |
      fa | در ابتدای تاسیس این سازمان حدود ۸۰ \u200Fهزار نفر از روستاییان تحت پوشش بودند. | ۸۰ \u200Fهزار نفر | 8.0E4 | | | person | | approx
      fa | دولت با کسری بودجه ده هزار میلیارد ریالی در سال جاری مواجه است. | ده هزار میلیارد ریالی | 1.0E13 | | | IRR | |
      fa | خواسته شده است که 300 پوند از حق مستمری کم شود. | 300 پوند | 300 | | | GBP | |
      fa | استان گلستان با 967 هزارتن رتبه سوم را دارد. | 967 هزارتن | 9.67E5 | | | ton | |
      fa | دو تن از اعضای نظامی حاضر در جلسه سخن گفتند. | دو تن | 2 | | | person | |
      ar | لكنها ستعطي طاقة قدرها 30 كيلووات/ ساعة للبطارية. | 30 كيلووات/ ساعة | 30 | | | kWh | |
      ar | ويمتد طريق اللؤلؤ لمسافة ثلاثة كيلو مترات. | ثلاثة كيلو مترات | 3 | | | km | |
      ar | وأصيب حوالى 400 في هذه الغارات. | 400 | 400 | | | person | | approx
      ar | منهم ستة علماء حازوا على جائزة نوبل. | ستة علماء | 6 | | | person | |
      ar | استثمرت الشركة نحو أربعة مليارات ونصف المليار دولار. | أربعة مليارات ونصف المليار دولار | 4.5E9 | | | USD | | approx
      ar | والذي يبدأ من ( 50 – 500 ) ريال حسب فئة الترخيص. | 50 – 500 ) ريال | | 50 | 500 | SAR | |
      ar | حيث تمكنت من بيع 88ر3 ملايين طن فقط في المزاد. | 88ر3 ملايين طن | 3.88E6 | | | ton | |
      ar | ويبلغ طول السفينة 40ر395 متر وهي الثالثة في سلسلتها. | 40ر395 متر | 395.4 | | | m | |
      ar | ومن أسر ذوي الشهداء (000ر12) حاج. | 000ر12) حاج | 12000 | | | person | |
      ar | هبوط الأسعار إلى مستويات تقترب من مستوى ال40 دولارا للبرميل. | 40 دولارا | 40 | | | USD | |
      ar | وبالرغم من استمرار سعر النفط حول الخمسين دولاراً تحسنت الأرباح. | الخمسين دولاراً | 50 | | | USD | |
      ar | أنهى المؤشر تداولاته مرتفعا بنسبة «0.68» بالمائة. | 0.68» بالمائة | 0.68 | | | percent | |
      ar | منها 8 مليارات ينفذها القطاع الخاص. | 8 مليارات | 8.0E9 | | | | |
      ar | وزادت الوظائف في الولايات المتحدة 215 ألفا لكنها ظلت في نطاق يشير إلى تحسن. | 215 ألفا | 2.15E5 | | | | |
      ar | تعاني الأسرة بعد أن تقاعد الأب وعنده ستة من أطفاله. | ستة | 6 | | | person | |
      ar | والشركات التي تتراوح طاقتها ما بين خمسمائة إلى ألف حاج. | خمسمائة إلى ألف حاج | | 500 | 1000 | person | |
      fa | در مراسم كلنگ‌زني گاز به20 روستاي بخش گتاب سخن گفت. | 20 | 20 | | | | |
      fa | كاهش توليد اوپك فراتر از سهميه 5/24 ميليون بشكه‌اي است. | 5/24 ميليون بشكه‌اي | 5.24E6 | | | barrel | |
      fa | حدود 150 هوادار نفت تیم خود را به شدت مورد تشویق قرار دادند. | 150 هوادار | 150 | | | person | | approx
      """)
  void readsTheFigureOfASentence(String lang, String sentence, String text, Double value, Double min, Double max,
      String unit, String period, String qualifier) {
    Figure f = only(lang, sentence);
    assertEquals(text, f.text());
    assertEquals(sentence.indexOf(text), f.start());
    assertEquals(value, f.value());
    assertEquals(min, f.min());
    assertEquals(max, f.max());
    assertEquals(unit, f.unit());
    assertEquals(period, f.period());
    assertEquals(qualifier, f.qualifier());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ar | انعقد الاجتماع في 22 أيلول 2025 في أبوظبي.
      ar | وصل الوفد يوم ١٥ مارس الماضي.
      ar | دخلت الاتفاقية حيز التنفيذ في عام 2022.
      fa | این تفاهم‌نامه در ۱۵ آبان ۱۴۰۳ امضا شد.
      fa | حجم مبادلات در سال ۱۴۰۳ افزایش یافت.
      fa | نامه شماره ۱۲۳ مورخ ۱۴۰۳/۰۸/۱۵ دریافت شد.
      fa | نشست در تاریخ ۱۵/۸ برگزار شد.
      ar | عقدت الدورة الثالثة للجنة المشتركة في بغداد.
      fa | دور سوم مذاکرات در تهران برگزار شد.
      ar | 1- مراجعة الميزان التجاري
      fa | ۱- بررسی تراز تجاری و بدهی‌های گازی
      ar | نصت المادة 4 من الاتفاقية على التحكيم.
      fa | ماده ۴ این موافقت‌نامه به داوری می‌پردازد.
      ar | للاستفسار يرجى الاتصال بالرقم 0096265000000.
      ar | استضافت أبوظبي الاجتماع الحادي عشر للمجلس.
      ar | احتفل الجانبان بالذكرى الـ15 لإقامة العلاقات.
      fa | وزیران روز سه‌شنبه در باکو دیدار کردند.
      fa | زبان فارسی پیوند ناگسستنی دو ملت است.
      ar | تزور البعثة المنطقة مرة واحدة.
      fa | روابط دوجانبه و همکاری‌های دو جانبه گسترش می‌یابد.
      fa | ساخت این ورزشگاه از سال ۸۸ آغاز شده و تا پایان سال 97 به اتمام می‌رسد.
      ar | أعلنت الوزارة ميزانية العام المالي 15-2014.
      ar | ارتفع النمو في السنة المالية 2014-15.
      ar | تسلمت القوات الجوية طائرات ميغ 29 وإف 16.
      ar | تسلم الجيش مقاتلات F-16 جديدة.
      ar | عقد الاجتماع بصيغة 3+3 في طهران.
      ar | تناول الاجتماع اتفاق 5+1 مع إيران ومجموعة دي 8.
      ar | ناقش الوزيران اتفاق خمسة زائد واحد مع إيران.
      ar | وأثنى محافظ المنطقة على جهود الجهات الحكومية.
      ar | تم تحديد يوم الأحد الموافق 17/ 10/ 1436 للقاء المواطنين.
      fa | جلسه بر لزوم پایبندی 2 کشور به آتش‌بس تاکید کرد.
      fa | قرارداد نهایی به امضای سه کشور خواهد رسید.
      ar | ما حدث في المهرجان لم تسع ساحات القصر زواره.
      ar | تخرج في سنة 1987 و2006 عاد إلى بلده.
      ar | تجرى الانتخابات في نوفمبر (تشرين الثاني) 2016 إذا لم ينتخبه حزبه.
      ar | وأعلنت أفغانستان في 29 الشهر الماضي وفاة الملا عمر.
      ar | ستؤثر على جميع القطاعات الـ 16 في السوق.
      ar | من خلال جنيف -3 سوريًا أو جنيف-2 يمنيًا.
      ar | تبلغ مساحة الأرض م2 واحد.
      fa | وزیران روز پنج شنبه در باکو دیدار کردند.
      fa | سران از عصر روز پنج­شنبه دیدار کردند.
      fa | مذاکرات سه و چهارجانبه رؤسای جمهوری برگزار شد.
      fa | امتحانات نیم‌سال دوم ۹۹-۹۸ برگزار می‌شود.
      fa | امتحانات در نوبت ۸ تا ۹:۳۰ برگزار می‌شود.
      fa | این دروس مربوط به اوایل دهه 60 است.
      fa | ارتش تانک "تی-۷۲" را منهدم کرد.
      fa | رئیس جمهور در جمع میلیونی مردم سخن گفت.
      fa | دو وزیر ابراز امیدواری کردند.
      fa | او یک فرد تروریستی است.
      ar | ويستمر مهرجان صيف ينبع 36 حتى نهاية الشهر.
      ar | قدم دعما لمستشفى سرطان الأطفال (57357) بمصر.
      ar | هبطت الأسعار في الربع الأول من 2015 بسبب انهيار الأسعار.
      ar | ونحن لا ننظر إلى كمية الإنتاج فحسب.
      fa | این اعتبار تا پایان سال مالی 99 هزینه می‌شود.
      fa | سامانه در ۱۹ مهر ماه ۹۶ به طور رسمی افتتاح شد.
      fa | برخی رویدادهای 24 مهرماه در استان ایلام.
      fa | بیشترین تردد بین ساعات 18 تا 19 ثبت شد.
      fa | جاده قزوین-همدان در کیلومتر 110 مسدود است.
      fa | درخصوص مناطق 30 گانه دريافت كمك‌ها گفت.
      fa | وی از رشد 200 برابری خدمات راه‌سازی خبر داد.
      ar | سيعقد اجتماع آخر في 6 و 7 سبتمبر القادم في باريس.
      ar | يقام المعرض خلال الفترة من 20 - 25 من شهر شوال الجاري.
      fa | تیم اداره ورزش توانست با نتیجه دو بر یک تیم کلاته مزار را شکست دهد.
      fa | تیم روسیه به نتیجه 7 بر 1 از سد آلمان گذشت.
      fa | وی زمان رخ دادن این حادثه را ساعت 13 و 40 دقیقه اعلام کرد.
      fa | نمایشگاه از امروز از 9 صبح تا 7 شب دایر است.
      fa | وی از هیئت دو و میدانی خراسان رضوی قدردانی کرد.
      fa | پروژه ملی ساماندهی چهار راه شوش بود.
      fa | مشکلات پیش‌روی این دو کارخانه را شناسایی کرده‌ایم.
      fa | دیدار دو تیم پالایش نفت آبادان و ذوب آهن برگزار می‌شود.
      fa | رئیس منطقه 27 دانشگاه آزاد اسلامی از تحصیل دانشجویان خبر داد.
      fa | طرح تفکیک ماموریت‌های پلیس 110 از کلانتری‌ها اجرا شد.
      fa | کماندار اصفهانی برای المپیک 2016 برزیل آماده می‌شود.
      fa | برای آنها سال 93 سال محدودیت در انجام رسالت بود.
      fa | همایش نیز در نیمه دوم سال 94 برگزار شده است.
      fa | اعتبار از ماده 180 سال 94 برای این پروژه در نظر گرفته شد.
      fa | انتهای‌پیام/86012/م20/د1000
      fa | چهار خطه کردن محور هراز ادامه دارد.
      ar | سيتوجه رؤساء الشركات إلى إيران في 9 من سبتمبر المقبل.
      ar | وقعت الهجمات في الكويت وتونس وفرنسا في 26 من الشهر الماضي.
      ar | انطلقت الدورة الحادية عشرة من البرنامج.
      ar | تتضمن الفعاليات فقرات متجددة حتى 10 مساء كل يوم.
      ar | هبطت الطائرة في الساعة الخامسة و10 دقائق من مساء الجمعة.
      ar | يتم ذلك من خلال إدخال ( *1*) ثم رقم الهوية الوطنية.
      ar | سيطرت القوات على مواقع عسكرية مهمة في «اللواء 19» شمال عدن.
      fa | سومین نشست از 4 لغایت 6 تیرماه 99 در اردوگاه برگزار شد.
      fa | حزب دموکرات کردستان[5] در انتخابات شرکت نکرد.
      fa | حوزه‌ها بدین ترتیب است: 1- سنندج 2- مریوان 3- سقز و بانه
      fa | وزیر بهداشت نسبت به افزایش مبتلایان به کووید 19 هشدار داد.
      fa | گروه‌ها در اجلاس دوربان 2 در ژنو اخلال کردند.
      fa | این تولید در اردبیل از برجسته‌های 93 بود.
      fa | به نوشته وبگاه عربی ۲۱، سخنگوی اخوان گفت.
      fa | کاوانی در دقایق 4 و 11 و 53 گل زد.
      fa | نیمار دقیقه 64 گل چهارم را زد.
      fa | این بخش بر اساس مواد 124 و 125 نوشته شد.
      fa | تیم ماهان هر سه بازی خود را برد.
      fa | نیروهای آمریکایی یک هفته‌نامه شیعی را بستند.
      fa | ایران در جایگاه 39 جهان قرار گرفت.
      fa | ساخت هتل های چهار و پنج ستاره بخشی از مفاد این قرارداد است.
      fa | هر کس راه حل دو دولتی را تأیید نکند.
      fa | هدف دشمن ایجاد دو دستگی است.
      fa | این گزارش در سال‌های 86-1377 منتشر شد.
      ar | ويعلو المحل مطعم بثلاثة نجوم بحسب تصنيف ميشلان.
      ar | يتمتع بحس سياسي متين.
      ar | وبحسب بيانات العام الماضي 2014 فإن معدل الطلاق ارتفع.
      ar | وأثنى رئيس الوفد على ما شاهده.
      fa | تیم ماهان با 9 امتیاز در صدر جدول قرار دارد.
      fa | نتایج این هفته: پارسیان 31 - ثامن‌الحجج سبزوار 32
      fa | اتوبوس‌هایی که مشغول انتقال ده‌ها هزار نفر از مردم بودند.
      fa | اما میلیون ها عاشق دیگر بودند که نرسیدند.
      fa | تونل در محدوده سه راهی چلاو قرار دارد.
      ar | فإن توسيع اتفاقية 1997 يمكن أن يقلل التكاليف.
      ar | نجح الحاسوب “شاهين 2″ في أن يحجز مكانه ضمن القائمة.
      ar | ولا يزال الحاسوب «تيانهي 2» الصيني يتصدر القائمة.
      ar | وتضاعفت القروض خلال الفترة (نهاية الربع الثاني 2015 مقارنة بعام 1998).
      """)
  void findsNoFigureInDatesYearsOrdinalsClauseAndPhoneNumbers(String lang, String sentence) {
    assertEquals(List.of(), extract(lang, sentence));
  }

  @Test
  void excludesGluedCliticsFromTheSpan() {
    String s = "وقع الجانبان 4 اتفاقيات و3 مذكرات تفاهم.";
    List<Figure> figures = extract("ar", s);
    assertEquals(2, figures.size());
    assertEquals("3 مذكرات", figures.get(1).text());
    assertEquals(s.indexOf("3 مذكرات"), figures.get(1).start());
  }

  @Test
  void namesWhatAPersonFigureCounts() {
    Figure f = only("ar", "عبر أكثر من ٣٫٦ مليون زائر إيراني المنفذ.");
    assertEquals("زائر إيراني", f.quantity());
    Figure fa = only("fa", "طرف عراقی باید مجوز ورود روزانه ۳۰۰ دستگاه کامیون را صادر کند.");
    assertEquals("۳۰۰", fa.text());
    assertEquals("کامیون", fa.quantity());
    assertEquals("day", fa.period());
  }

  @Test
  void namesWhatAMoneyFigureMeasuresFromTheHeadNounBeforeIt() {
    assertEquals("حجم التبادل التجاري", only("ar", "بلغ حجم التبادل التجاري بين البلدين 20 مليار دولار سنويا.").quantity());
    assertEquals("حجم مبادلات غیرنفتی",
        only("fa", "حجم مبادلات غیرنفتی دو کشور به حدود ۱۰٫۴ میلیارد دلار رسید.").quantity());
  }

  @Test
  void givesEachFigureItsSentenceIndexAndDocumentOffsets() {
    String text = "عنوان الخبر\nبلغ التبادل 5 مليارات دولار. وارتفع عدد الزوار إلى 3 ملايين زائر.";
    int second = text.indexOf("وارتفع");
    List<Sentence> sentences = List.of(new Sentence("عنوان الخبر", 0, 11),
        new Sentence(text.substring(12, second - 1), 12, second - 1),
        new Sentence(text.substring(second), second, text.length()));
    List<Figure> figures = extractor.extract(text, sentences, Language.ARABIC);
    assertEquals(2, figures.size());
    assertEquals(1, figures.get(0).sentence());
    assertEquals(2, figures.get(1).sentence());
    assertEquals("3 ملايين زائر", text.substring(figures.get(1).start(), figures.get(1).end()));
    assertEquals(3.0E6, figures.get(1).value());
  }

  // Saudi news (alweeam): a Saudi region and its governor's title outweigh a passing "باليمن" (with blessings).
  @Test
  void readsABareRiyalInASaudiReportAsSaudiRiyalsDespiteAMentionOfYemen() {
    String text = "تفقد أمير منطقة جازان مشاريع ترميم وتطوير البني التحتية بمستشفى الملك فهد المركزي بالمنطقة، "
        + "منها 26 مليون ريال لتغيير كامل نظام التكييف، داعيا الله أن يعيد هذه المناسبة على الجميع باليمن والخيرات.";
    assertEquals("SAR", only("ar", text).unit());
    String yemen = "أحرزت المقاومة الشعبية في محافظة تعز اليمنية تقدما، وصرفت للمقاتل 50 ألف ريال.";
    assertEquals("YER", only("ar", yemen).unit());
  }

  @Test
  void readsABareDinarAsTheCurrencyOfTheStateTheDocumentIsAbout() {
    String kuwait = "وقعت الكويت وكازاخستان اتفاقية بقرض ميسر قيمته 25 مليون دينار من الصندوق الكويتي.";
    assertEquals("KWD", only("ar", kuwait).unit());
    String iraq = "خصصت الحكومة العراقية 25 مليون دينار لإعادة إعمار المدارس في بغداد.";
    assertEquals("IQD", only("ar", iraq).unit());
    String jordan = "قدمت المملكة منحة للأردن بقيمة 25 مليون دينار لدعم الموازنة الأردنية.";
    assertEquals("JOD", only("ar", jordan).unit());
  }

  @Test
  void countsCasualtiesAsPeople() {
    List<Figure> figures = extract("ar", "أسفر الهجوم عن استشهاد 15 وإصابة 33 من رجال الأمن.");
    assertEquals(List.of("15", "33"), figures.stream().map(Figure::text).toList());
    assertEquals(List.of("person", "person"), figures.stream().map(Figure::unit).toList());
    List<Figure> fa = extract("fa", "در این انفجارها 100 تن کشته و 600 تن دیگر زخمی شدند.");
    assertEquals(List.of(100.0, 600.0), fa.stream().map(Figure::value).toList());
    assertEquals(List.of("person", "person"), fa.stream().map(Figure::unit).toList());
  }

  @Test
  void givesTheNumbersOfASeriesThePercentOfTheLast() {
    List<Figure> figures = extract("fa", "تخلفات به ترتیب با کاهش 27، 40، 52 و 36 درصدی رو به رو شده است.");
    assertEquals(List.of("27", "40", "52", "36 درصدی"), figures.stream().map(Figure::text).toList());
    assertEquals(List.of("percent", "percent", "percent", "percent"), figures.stream().map(Figure::unit).toList());
  }

  @Test
  void countsTheTonsOfAPartitiveAsPeopleOnlyWithoutAScale() {
    assertEquals("person", only("fa", "در حدود 64 تن از آنها با ایجاد اخلال اخراج شدند.").unit());
    assertEquals("ton", only("fa", "تنها 2 میلیون تن از اهداف برنامه محقق نشد.").unit());
  }

  private static List<Figure> extractLines(String lang, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n")) {
      sentences.add(new Sentence(line, start, start + line.length()));
      start += line.length() + 1;
    }
    return extractor.extract(text, sentences, Language.fromCode(lang));
  }

  @Test
  void givesAHeadlineAmountTheUnitOfTheAmountItRestates() {
    List<Figure> scaled = extractLines("ar", "18 مشروعاً بتكلفة 134 مليوناً يستقبل طلاب العام الجديد\n"
        + "وتعد هذه المشاريع إحلالا لمبان مستأجرة بتكلفة إجمالية 134مليون ريال.");
    assertEquals(List.of("18 مشروعاً", "134 مليوناً", "134مليون ريال"), scaled.stream().map(Figure::text).toList());
    assertEquals("SAR", scaled.get(1).unit());
    List<Figure> rounded = extractLines("ar", "25 % من قروض المصارف .. 323 مليارا بنهاية الربع الثاني\n"
        + "بلغت القروض الاستهلاكية نحو 323.3 مليار ريال.");
    assertEquals("SAR", rounded.get(1).unit());
    List<Figure> plain = extractLines("ar", "«الحج»: 8146 ريالا الحد الأعلى والأدنى 7576\n"
        + "وحددت قيمة الشريحة «هـ» بـ( 7576 ريالاً ).");
    assertEquals(List.of("SAR", "SAR", "SAR"), plain.stream().map(Figure::unit).toList());
  }

  @Test
  void carriesACarriedCurrencyOnToTheNextAmount() {
    List<Figure> figures = extractLines("ar", "بتعويض قدره 122 مليونا و334 ألف ريال.\n"
        + "وتمت الموافقة على نزع ملكية ثلاثة عقارات بإجمالي تعويض قدره 3 ملايين و324 ألفا.\n"
        + "وتمت الموافقة على نزع ملكية 54 عقارا لمصلحة طريق الملك فهد.\n"
        + "وكذلك ثلاثة عقارات لمصلحة شارع بمحافظة الخرج بإجمالي تعويض قدره 164 مليونا و781 ألفا.");
    assertEquals("SAR", figures.get(figures.size() - 1).unit());
    assertEquals(1.64781E8, figures.get(figures.size() - 1).value());
  }

  @Test
  void keepsAChangeFromANumberToAScaledAmountTwoFigures() {
    List<Figure> figures = extract("ar", "انخفض من 131 إلى 123.5 مليار دولار نتيجة تراجع الربحية.");
    assertEquals(List.of("131", "123.5 مليار دولار"), figures.stream().map(Figure::text).toList());
    assertEquals(1.235E11, figures.get(1).value());
  }

  @Test
  void countsTheNumberOfAGroupNamedByTheirPronounAsPeople() {
    List<Figure> figures = extract("ar", "وزع 27 مليون دولار على موظفي الشركة البالغ عددهم 114.");
    assertEquals("114", figures.get(1).text());
    assertEquals("person", figures.get(1).unit());
  }

  @Test
  void carriesTheCurrencyOverACoordinatedAmount() {
    List<Figure> figures = extract("ar", "بلغت الصادرات 4.2 مليار دولار و1.7 مليار للواردات.");
    assertEquals(List.of("4.2 مليار دولار", "1.7 مليار"), figures.stream().map(Figure::text).toList());
    assertEquals(List.of("USD", "USD"), figures.stream().map(Figure::unit).toList());
    assertEquals(1.7E9, figures.get(1).value());
    List<Figure> partitive = extract("ar", "وقدرت كلفة التأهيل بنحو ١٨ مليون دولار، يؤمن البنك الدولي منها 12 مليونا.");
    assertEquals("USD", partitive.get(1).unit());
    assertEquals(List.of("USD", "USD"),
        extract("ar", "بلغت الصادرات 4.2 مليار دولار والواردات 1.7 مليار.").stream().map(Figure::unit).toList());
  }

  @Test
  void givesABareScaledAmountTheUnitOfTheAmountBesideIt() {
    List<Figure> fa = extract("fa", "در سال ۹۷ بیش از ۷۱ میلیارد و در سال گذشته ۱۶۲ میلیارد تومان تامین شد.");
    assertEquals(2, fa.size());
    assertEquals("۷۱ میلیارد", fa.get(0).text());
    assertEquals(7.1E11, fa.get(0).value(), 1);
    assertEquals("IRR", fa.get(0).unit());
    List<Figure> ar = extract("ar", "بلغ المخزون 462 مليون برميل مقارنة مع 383 مليونا في بداية العام.");
    assertEquals("barrel", ar.get(1).unit());
    assertEquals(3.83E8, ar.get(1).value(), 1);
    List<Figure> counted = extract("fa", "۲ میلیون بوته گل و ۵ میلیارد تومان اعتبار.");
    assertEquals(null, counted.get(0).unit());
    List<Figure> millions = extract("fa", "تراکنش دفاتر از يك ميليون و 522 هزار در سال 86 به 4 ميليارد ريال رسید.");
    assertEquals(null, millions.get(0).unit());
  }

  @Test
  void skipsHyphenatedPhoneNumbers() {
    assertEquals(List.of(), extract("ar", "يمكن الاستفسار عبر الرقم الموحد 051-111-786-786."));
  }

  @Test
  void writesTomanAsTenRials() {
    Figure f = only("fa", "هزینه جابه‌جایی روزانه حدود ۴۰۰ میلیون تومان است.");
    assertEquals(4.0E9, f.value());
    assertEquals("IRR", f.unit());
    assertEquals("approx", f.qualifier());
  }

  @Test
  void computesValuesInDecimalSoScaledDecimalsAreExact() {
    assertEquals(8200000.0, only("ar", "بلغ عدد سكان المدينة 8.2 مليون نسمة.").value());
    assertEquals(4.1E9, only("fa", "حجم مبادلات به ۴٫۱ میلیارد دلار رسید.").value());
  }

  @Test
  void readsAThousandAndDigitsBeforeALargerScaleAsOneNumber() {
    Figure f = only("fa", "دولت تاکنون یک‌هزار و 830 میلیارد تومان بدهی به بازنشستگان دارد.");
    assertEquals("یک‌هزار و 830 میلیارد تومان", f.text());
    assertEquals(1.83E13, f.value());
    assertEquals("IRR", f.unit());
  }

  @Test
  void returnsNothingForEmptyInput() {
    assertEquals(List.of(), extractor.extract("", List.of(), Language.ARABIC));
    assertEquals(List.of(), extract("fa", ""));
  }

  @Test
  void survivesRandomUnicodeWithOffsetsInsideTheText() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 80; i++) {
        int pick = random.nextInt(4);
        char c = switch (pick) {
          case 0 -> (char) ('\u0600' + random.nextInt(0x100));
          case 1 -> (char) ('\u06F0' + random.nextInt(10));
          case 2 -> " -,.٫٬%/:\u200C\n".charAt(random.nextInt(11));
          default -> (char) random.nextInt(0x3000);
        };
        sb.append(c);
      }
      String text = sb.toString();
      for (Language lang : Language.values()) {
        for (Figure f : extractor.extract(text, List.of(new Sentence(text, 0, text.length())), lang)) {
          assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length());
          assertEquals(text.substring(f.start(), f.end()), f.text());
        }
      }
    }
  }

  @Test
  void keepsTheOriginalTextOfTheFigure() {
    Figure f = only("ar", "بلغت الكلفة أربعةُ ملايينِ دولارٍ أمريكيٍّ.");
    assertEquals("أربعةُ ملايينِ دولارٍ أمريكيٍّ", f.text());
    assertEquals(4.0E6, f.value());
    assertEquals("USD", f.unit());
  }

  @Test
  void scansALongDocumentQuickly() {
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      String s = "بلغ حجم التبادل التجاري نحو 107 مليارات دولار، منها ما يزيد على 60 بالمئة صادرات نفطية. ";
      sentences.add(new Sentence(s.strip(), sb.length(), sb.length() + s.strip().length()));
      sb.append(s);
    }
    assertEquals(4000, extractor.extract(sb.toString(), sentences, Language.ARABIC).size());
  }
}
