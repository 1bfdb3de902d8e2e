package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatementReaderTest {
  private static final StatementReader READER = new StatementReader(new DocumentParties());

  private static List<Statement> read(String lang, String text) {
    return READER.read(new IndexedDocument("d", "d.txt", lang, "news", text, List.of(), List.of("energy"),
        List.of(), List.of(), List.of(), "2025-01-01"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ar|تم اليوم افتتاح خط أنبوب النفط الممتد من البصرة إلى العقبة.|1",
      "ar|وافتتح الوزير المحطة الجديدة في البصرة.|1",
      "ar|افتتاح خط أنبوب النفط بين البصرة والعقبة|1",
      "fa|مرحله نخست خط اتصال برق عربستان سعودی و مصر به بهره‌برداری رسید.|1",
      "fa|راه‌آهن شلمچه–بصره تکمیل شد.|1",
      "fa|خط لوله نفت بصره به عقبه تا پایان سال ۲۰۲۴ تکمیل خواهد شد.|0",
      "ar|وبلغت نسبة إنجاز الخط 35 بالمئة.|0",
      "fa|راه‌آهن شلمچه–بصره تکمیل نشد.|0",
      "fa|در ابتدای نشست گزارش شد که خط کشتیرانی مستقیم بندرعباس - صحار از اسفند ۱۴۰۰ راه‌اندازی شده است.|1",
      "fa|ساخت بیمارستان اهدایی عربستان در استان الانبار نیز به پایان رسیده است.|1",
      "ar|دخل قرار الحكومة العراقية إعفاء الزوار الإيرانيين من رسوم التأشيرة حيز التنفيذ اليوم الثلاثاء.|1",
      "fa|گذرگاه مرزی خسروی که قرار بود تا پایان ۲۰۲۰ گشایش یابد، همچنان بسته است.|0",
      "ar|ولم يتم افتتاح المنفذ حتى الآن.|0",
      "fa|نشست کمیسیون مشترک اقتصادی دو کشور روز دوشنبه در بغداد برگزار شد.|1",
      "ar|وأوضح أن الشركة تنفذ الخط بموجب العقد الذي وقعته الوزارة في الرياض.|1",
      "fa|گذرگاه مرزی مهران پس از دو سال به روی زائران گشوده شد.|1",
      "fa|خط کشتیرانی بندر انزلی - آستاراخان هر هفته میان دو بندر تردد می‌کند.|1",
      "ar|ورحب الجانبان بإنجاز دراسة الربط السككي بين البلدين.|1",
      "ar|وقام الفريق بإنجاز أعماله في الموعد.|0",
      "ar|ونوه الجانبان بانتظام حركة المسافرين عبر المنفذ منذ إعادة افتتاحه في أيلول 2019.|1",
      "ar|الكويت تسلم العراق مجمعا سكنيا في البصرة|1",
      "fa|ساختمان پایانه جدید فرودگاه به شرکت هواپیمایی تحویل داده شد.|1",
      "ar|وأشار إلى أن الاجتماع الثامن للجنة العليا الذي عقد في بغداد أقر تمويل المجمع الجديد.|1",
      "ar|عقدت اللجنة المشتركة للموانئ اجتماعها الثاني في طهران.|1",
      "ar|انطلاق أول رحلة مباشرة بين طهران ودوشنبه|1",
      "ar|وأصبحت المحطة تعمل بكامل طاقتها منذ حزيران.|1",
      "fa|پروازهای مستقیم تهران - دوشنبه از خرداد برقرار شد.|1",
      "ar|وهي مستودعات سيتم افتتاحها في أيلول.|0",
      "fa|پل مرزی تا پایان سال افتتاح خواهد شد.|0",
      "fa|تخفیف تعرفه ترانزیت کالاهای عبوری از ابتدای مهر اجرایی شد.|1",
      "ar|ورحب الجانبان بتشغيل المركز الحدودي المشترك على الطريق منذ آذار 2022.|1",
      "fa|طرفین از راه‌اندازی خط کشتیرانی میان دو بندر در اردیبهشت ۱۴۰۰ ابراز رضایت کردند.|1",
      "ar|وأشاد الجانبان بمستوى التنسيق بين البلدين.|0"})
  void findsReportsOfSomethingDone(String lang, String sentence, int reports) {
    assertEquals(reports, read(lang, sentence + "\n").size());
  }

  @Test
  void readsTheWelcomeOfAFigureReachedAsAReportOfThatFigureOnly() {
    String text = "ورحب الجانبان بوصول صادرات الغاز إلى 3 مليارات متر مكعب سنويا.\n";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "statement", text, List.of(), List.of("energy"),
        List.of(new IndexedDocument.Figure("3 مليارات متر مكعب سنويا", 3e9, null, null, "cubic_meter", "year")),
        List.of(), List.of(), "2025-02-01");
    List<Statement> read = READER.read(d);
    assertEquals(1, read.size());
    assertEquals("r0", read.get(0).item());
  }

  @Test
  void aThirdStateACommitmentIsAboutTakesNoPartysPlace() {
    String commitment = "سوآپ سالانه ۳ میلیارد متر مکعب گاز ترکمنستان به جمهوری آذربایجان از مسیر ایران تا پایان سال ۲۰۲۴";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "fa", "minutes", commitment + ".\n",
        List.of(new IndexedDocument.Official("محسن پاک‌آیین", "IR"), new IndexedDocument.Official("باتیر امانوف", "TM")),
        List.of("energy"), List.of(), List.of(new IndexedDocument.Commitment(commitment, "decision", null, null,
            "تا پایان سال ۲۰۲۴", "2024-12-31", List.of("energy"))), List.of(), "2023-05-20");
    assertEquals(List.of("TM", "IR"), READER.read(d).get(0).countries());
  }

  @Test
  void givesACommitmentItsHoldersCountryThenTheDocumentsOther() {
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "news",
        "كما تعهد الجانب العراقي بتزويد الأردن بعشرة آلاف برميل من النفط الخام يوميا.\n",
        List.of(new IndexedDocument.Official("سامر عودة الخوالدة", "JO")), List.of("energy"),
        List.of(new IndexedDocument.Figure("عشرة آلاف برميل", 1e4, null, null, "barrel", "day")),
        List.of(new IndexedDocument.Commitment(
            "كما تعهد الجانب العراقي بتزويد الأردن بعشرة آلاف برميل من النفط الخام يوميا", "obligation",
            "الجانب العراقي", null, null, null, List.of("energy"))), List.of(), "2020-08-25");
    Statement s = READER.read(d).get(0);
    assertEquals(List.of("IQ", "JO"), s.countries());
    assertEquals(List.of(new Amount("عشرة آلاف برميل", 1e4, "barrel", "day")), s.amounts());
    assertEquals("c0", s.item());
    assertEquals(0, s.start());
  }

  @Test
  void aReportOfProgressIsNotAReportOfSomethingDone() {
    String text = "وأوضح نوروزي أن الجانب الإيراني أنجز 70 في المئة من أعمال الخط داخل الأراضي الإيرانية.\n";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "news", text, List.of(), List.of("energy"),
        List.of(new IndexedDocument.Figure("70 في المئة", 70.0, null, null, "percent", null)), List.of(), List.of(),
        "2025-09-07");
    assertEquals(List.of(), READER.read(d));
  }

  @Test
  void mapsPersianContentWordsToArabicOnes() {
    assertEquals(List.of("نفط", "بصر", "عقب"), READER.terms("نفت بصره عقبه"));
    assertEquals(List.of("نفط", "بصر", "عقب"), READER.terms("النفط والبصرة والعقبة"));
    assertEquals(READER.terms("الرحلات"), READER.terms("پروازهای"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"عراقيه|عراق", "عراقي|عراق", "ايرانيين|ايران", "رحلات|رحل", "رحله|رحل",
      "مرزي|مرز", "تجاري|تجار", "تجاره|تجار", "بازارها|بازار", "ايران|ايران", "ماه|ماه"})
  void stemsPluralNisbaAndFeminineForms(String word, String stem) {
    assertEquals(stem, FoldedWords.stem(word));
  }

  @Test
  void takesTheContentWordsOfAQuotedCommitmentInsideTheQuotationMarks() {
    String text = "وقال نوروزي: «سنعمل على ربط حقول الغاز في جنوب إيران بمحطة جاسك».";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "news", text + "\n",
        List.of(new IndexedDocument.Official("حسين نوروزي", "IR")), List.of("energy"), List.of(),
        List.of(new IndexedDocument.Commitment(text, "intent", "حسين نوروزي", null, null, null, List.of("energy"))),
        List.of(), "2025-09-07");
    assertEquals(List.of("ربط", "حقول", "غاز", "جنوب", "ايران", "بمحط", "جاسك"), READER.read(d).get(0).terms());
  }

  @Test
  void leavesTheHoldersWordsOutOfTheContentWords() {
    String text = "العبیدی نیز گفت وزارت تجارت عراق پرداخت بدهی گازی ایران را از طریق بانک تجارت عراق پیگیری خواهد کرد";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "fa", "news", text + ".\n",
        List.of(new IndexedDocument.Official("ناظم جبار العبیدی", "IQ")), List.of("trade_investment"), List.of(),
        List.of(new IndexedDocument.Commitment(text, "intent", "وزارت تجارت عراق", null, null, null,
            List.of("trade_investment"))), List.of(), "2025-10-10");
    assertEquals(List.of("دفع", "ديون", "غاز", "ايران", "طريق", "بنك"), READER.read(d).get(0).terms());
  }

  @Test
  void leavesTheDueDateOutOfTheContentWords() {
    assertEquals(List.of("اعاد", "فتح", "منفذ", "ربيع", "امام", "حرك", "شاحن"),
        commitment("2023-05-01", "إعادة فتح منفذ ربيعة أمام حركة الشاحنات خلال الربع الأول من عام 2024",
            "خلال الربع الأول من عام 2024").terms());
  }

  @Test
  void readsAReportWhoseCueClauseNamesNothingUpToThatClause() {
    Statement s = read("ar", "ودخل ملحق تمديد اتفاقية مقايضة الغاز بالكهرباء، الذي وقعه الوزيران في يريفان، حيز "
        + "التنفيذ مطلع الشهر الجاري.\n").get(0);
    assertEquals("s0", s.item());
    assertEquals(List.of("دخل", "ملحق", "تمديد", "مقايض", "غاز", "كهرباء", "قعه", "وزيران", "يريفان"), s.terms());
  }

  @Test
  void writesThePersianLettersOfANameAsArabicDoes() {
    assertEquals(READER.terms("حقل بارس الجنوبي"), READER.terms("میدان پارس جنوبی"));
    assertEquals(List.of("كنبد", "شمال"), READER.terms("گنبد شمالی"));
  }

  @Test
  void leavesTheOwnersWordsInMinutesOutOfTheContentWords() {
    String text = "تمديد مهلة إنجاز الدراسة المشتركة لمكمن حقل الشمال - بارس الجنوبي حتى نهاية عام 2023، على أن "
        + "تتولى قطر للطاقة والشركة الوطنية الإيرانية للنفط تنفيذها";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "minutes", text + ".\n", List.of(), List.of("energy"),
        List.of(), List.of(new IndexedDocument.Commitment(text, "decision", "المجتمعون",
            "قطر للطاقة والشركة الوطنية الإيرانية للنفط", "حتى نهاية عام 2023", null, List.of("energy"))), List.of(),
        "2021-11-18");
    assertEquals(List.of("تمديد", "انجاز", "دراس", "مشترك", "لمكمن", "حقل", "شمال", "بارس", "جنوب", "تتول",
        "تنفيذ"),
        READER.read(d).get(0).terms());
  }

  private static Statement commitment(String date, String text, String deadline) {
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "news", text + ".\n", List.of(),
        List.of("tourism_pilgrimage"), List.of(), List.of(new IndexedDocument.Commitment(text, "intent",
            "الحكومة العراقية", null, deadline, null, List.of("tourism_pilgrimage"))), List.of(), date);
    return READER.read(d).get(0);
  }

  @Test
  void countsARelativeDeadlineFromTheDocumentDate() {
    Statement s = commitment("2020-11-10",
        "بانک‌های مرکزی دو کشور سازوکار تهاتر کالا را ظرف سه ماه راه‌اندازی کنند", "ظرف سه ماه");
    assertEquals("2021-02-10", s.deadlineIso());
    assertEquals("ظرف سه ماه", s.deadline());
  }

  @Test
  void findsTheDeadlineAtTheEndOfACommitmentThatCameWithoutOne() {
    Statement s = commitment("2019-09-02", "أعلن وزير الداخلية العراقي أن الحكومة العراقية ستلغي رسوم التأشيرة "
        + "عن الزوار الإيرانيين اعتبارا من مطلع عام 2020", null);
    assertEquals("2020-01-01", s.deadlineIso());
    assertEquals("اعتبارا من مطلع عام 2020", s.deadline());
    assertEquals("2024-09-01", commitment("2024-08-20",
        "وأعلنت وزارة النقل العراقية أن الرحلات المباشرة بين مشهد والنجف ستستأنف مطلع أيلول المقبل", null)
        .deadlineIso());
  }

  @Test
  void aCommitmentWithoutADateHasNoDeadline() {
    assertEquals(null, commitment("2024-08-20",
        "كما تعهدت الحكومة العراقية بتوفير 5 آلاف سرير إضافي في مستشفيات كربلاء خلال الزيارة", null).deadlineIso());
  }

  @Test
  void aLengthOfTimeThatSaysHowLongSomethingLastsIsNoDeadline() {
    assertEquals(null, commitment("2025-07-20", "واتفق الجانبان على تشكيل غرفة عمليات مشتركة في منفذ مهران لتبادل "
        + "المعلومات الأمنية على مدار 24 ساعة", null).deadlineIso());
    assertEquals(null, commitment("2015-07-19", "وسيتم نقل الطلاب وتوفير التعليم المباشر لهم لمدة ثلاثة أيام", null)
        .deadlineIso());
    assertEquals("2025-07-22", commitment("2025-07-20", "ستعمل وزارة الداخلية العراقية على إصدار التأشيرات إلكترونيا "
        + "خلال 48 ساعة", null).deadlineIso());
  }

  @Test
  void readsASentenceWithAFigureThatNoCommitmentHoldsAsAPossibleRestatement() {
    String text = "العراق وإيران يجددان العزم على بلوغ 20 مليار دولار من التبادل التجاري\n"
        + "وتبلغ نسبة الرسوم 5 في المئة.\n";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "news", text, List.of(),
        List.of("trade_investment"), List.of(new IndexedDocument.Figure("20 مليار دولار", 2e10, null, null, "USD",
            null), new IndexedDocument.Figure("5 في المئة", 5.0, null, null, "percent", null)), List.of(), List.of(),
        "2021-06-14");
    List<Statement> read = READER.read(d);
    assertEquals(List.of("m0"), read.stream().map(Statement::item).toList());
    assertEquals(Statement.RESTATED, read.get(0).kind());
    assertEquals(List.of("عراق", "ايران", "بلوغ", "تبادل", "تجار"), read.get(0).terms());
  }

  @Test
  void readsWhatAReportSaysIsDoneFromTheClauseOfItsCue() {
    String text = "استعرض المجتمعون ما تحقق منذ اجتماع اللجنة المشتركة في الدوحة عام 2019، وأفيد بأن الخط الملاحي "
        + "المنتظم لنقل البضائع بين ميناء حمد وميناء بوشهر يعمل منذ آذار 2020.\n";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "ar", "minutes", text, List.of(), List.of("transport"),
        List.of(), List.of(), List.of(), "2021-11-14");
    Statement report = READER.read(d).get(0);
    assertEquals("s0", report.item());
    assertEquals(List.of("افيد", "بان", "الخط", "ملاح", "منتظم", "لنقل", "بضائع", "ميناء", "حمد", "بوشهر"),
        report.terms());
  }

  @Test
  void readsThePersianGishayeshAsAnOpening() {
    String text = "مرکز مشترک پژوهش‌های آب عراق و ترکیه روز جمعه در بغداد رسما گشایش یافت.\n";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "fa", "news", text, List.of(), List.of("water_environment"),
        List.of(), List.of(), List.of(), "2021-07-16");
    assertEquals(List.of("s0"), READER.read(d).stream().map(Statement::item).toList());
  }

  @Test
  void leavesTheWordsThatSayItIsDoneOutOfAReportsContentWords() {
    String text = "ساخت بیمارستان اهدایی عربستان در استان الانبار نیز به پایان رسیده است.\n";
    IndexedDocument d = new IndexedDocument("d", "d.txt", "fa", "news", text, List.of(), List.of("health"),
        List.of(), List.of(), List.of(), "2023-05-26");
    assertEquals(List.of("بناء", "مستشف", "اهداي", "سعود", "محافظ", "انبار"), READER.read(d).get(0).terms());
  }
}
