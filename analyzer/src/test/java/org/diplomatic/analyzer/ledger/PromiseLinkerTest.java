package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.Test;

class PromiseLinkerTest {
  private static final StatementReader READER = new StatementReader(new DocumentParties());

  private static List<Promise> ledger(IndexedDocument... docs) {
    Map<String, String> dates = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    for (IndexedDocument d : docs) {
      dates.put(d.id(), d.date());
      statements.addAll(READER.read(d));
    }
    return LedgerStore.build(null, dates, statements, new ContentSimilarity(LedgerDocuments.WEIGHTS), LinkerSettings.defaults())
        .promises();
  }

  private static List<String> labels(Promise p) {
    return p.links().stream().map(l -> l.label().label()).toList();
  }

  @Test
  void linksAPersianPromiseRepeatedInArabic() {
    List<Promise> promises = ledger(LedgerDocuments.trade2019(), LedgerDocuments.trade2021());
    assertEquals(1, promises.size());
    assertEquals(List.of("IQ", "IR"), promises.get(0).countries());
    assertEquals(List.of("first_made", "repeated"), labels(promises.get(0)));
    assertEquals(List.of("2019-03-12", "2021-06-14"), promises.get(0).links().stream().map(Link::date).toList());
    assertEquals("open", promises.get(0).status());
  }

  @Test
  void saysFromWhatToWhatAFigureChanged() {
    Promise p = ledger(LedgerDocuments.trade2019(), LedgerDocuments.trade2021(), LedgerDocuments.trade2023())
        .get(0);
    assertEquals(List.of("first_made", "repeated", "changed"), labels(p));
    assertEquals("20 مليار دولار سنويا -> 30 مليار دولار سنويا", p.links().get(2).detail());
  }

  @Test
  void saysFromWhatToWhatADeadlineMovedAndMarksItOverdue() {
    IndexedDocument later = new IndexedDocument("x", "ar/x.txt", "ar", "news", "بغداد، 1 آب 2025\n", List.of(),
        List.of(), List.of(), List.of(), List.of(), "2025-08-01");
    Promise p = ledger(LedgerDocuments.pipeline2020(), LedgerDocuments.pipeline2024(), later).get(0);
    assertEquals(List.of("first_made", "changed", "overdue"), labels(p));
    assertEquals("deadline 2022-12-31 (قبل نهاية عام 2022) -> 2024-12-31 (قبل نهاية عام 2024)",
        p.links().get(1).detail());
    assertEquals("deadline 2024-12-31 (قبل نهاية عام 2024) passed by 2025-08-01 (latest document)",
        p.links().get(2).detail());
    assertNull(p.links().get(2).statement());
    assertEquals("overdue", p.status());
  }

  @Test
  void oneDeadlineWrittenInAnotherCalendarIsRepeatedNotChanged() {
    String text2024 = "وأكد الجانبان أن خط أنبوب النفط من البصرة إلى العقبة سيكتمل بحلول نهاية آذار 2025\n";
    IndexedDocument in2024 = new IndexedDocument("m24", "ar/m24.txt", "ar", "news", text2024, List.of(),
        List.of("energy"), List.of(), List.of(new IndexedDocument.Commitment(text2024.strip(), "agreement", "الجانبان",
            null, "بحلول نهاية آذار 2025", "2025-03-31", List.of("energy"))), List.of(), "2024-03-03");
    String text2025 = "دو طرف تأکید کردند خط لوله نفت بصره به عقبه تا پایان سال ۱۴۰۳ تکمیل شود\n";
    IndexedDocument in2025 = new IndexedDocument("f25", "fa/f25.txt", "fa", "news", text2025, List.of(),
        List.of("energy"), List.of(), List.of(new IndexedDocument.Commitment(text2025.strip(), "agreement", "دو طرف",
            null, "تا پایان سال ۱۴۰۳", "2025-03-20", List.of("energy"))), List.of(), "2025-01-05");
    Promise p = ledger(LedgerDocuments.pipeline2020(), in2024, in2025).get(0);
    assertEquals(List.of("first_made", "changed", "repeated"), labels(p));
  }

  @Test
  void aPercentageOfWorkDoneIsProgressNotAChangedFigure() {
    String a = "وقال إن الأعمال في خط أنبوب النفط من البصرة إلى العقبة بلغت 60 في المئة وإن الجانبين سينجزانه قبل نهاية عام 2024\n";
    String b = "وأكد أن الأعمال في خط أنبوب النفط من البصرة إلى العقبة بلغت 75 في المئة وأنه سينجز قبل نهاية عام 2024\n";
    List<IndexedDocument> docs = new ArrayList<>();
    for (String[] d : new String[][] {{"a", a, "2023-01-10", "60"}, {"b", b, "2024-02-10", "75"}}) {
      docs.add(new IndexedDocument(d[0], "ar/" + d[0] + ".txt", "ar", "news", d[1], List.of(), List.of("energy"),
          List.of(new IndexedDocument.Figure(d[3] + " في المئة", Double.parseDouble(d[3]), null, null, "percent",
              null)),
          List.of(new IndexedDocument.Commitment(d[1].strip(), "intent", "الجانبين", null, "قبل نهاية عام 2024",
              "2024-12-31", List.of("energy"))), List.of(), d[2]));
    }
    Promise p = ledger(docs.toArray(IndexedDocument[]::new)).get(0);
    assertEquals(List.of("first_made", "repeated"), labels(p));
  }

  @Test
  void aReportOfOpeningFulfilsThePromiseAndIsNotOverdue() {
    Promise p = ledger(LedgerDocuments.pipeline2020(), LedgerDocuments.opened2025()).get(0);
    assertEquals(List.of("first_made", "fulfilled"), labels(p));
    assertEquals("تم اليوم افتتاح خط أنبوب النفط الممتد من البصرة إلى العقبة.", p.links().get(1).statement().text());
    assertEquals("s1", p.links().get(1).statement().item());
    assertEquals("fulfilled", p.status());
  }

  @Test
  void promisesOfAnotherCountryPairStayApart() {
    List<Promise> promises = ledger(LedgerDocuments.trade2019(), LedgerDocuments.pipeline2020());
    assertEquals(2, promises.size());
    assertEquals(List.of("IQ", "IR"), promises.get(0).countries());
    assertEquals(List.of("IQ", "JO"), promises.get(1).countries());
  }

  private static final List<IndexedDocument.Official> IR_OM = List.of(
      new IndexedDocument.Official("مجيد كاظمي نيا", "IR"), new IndexedDocument.Official("سالم بن ناصر الحارثي", "OM"));

  /** A document whose commitments are the given lines (text, holder, deadline as written, its date, area). */
  private static IndexedDocument doc(String id, String lang, String date, List<IndexedDocument.Official> officials,
      String reportLine, String[]... commitments) {
    StringBuilder text = new StringBuilder(reportLine == null ? "" : reportLine + "\n");
    List<IndexedDocument.Commitment> list = new ArrayList<>();
    for (String[] c : commitments) {
      text.append(c[0]).append(".\n");
      list.add(new IndexedDocument.Commitment(c[0], "agreement", c[1], null, c[2], c[3], List.of(c[4])));
    }
    return new IndexedDocument(id, lang + "/" + id + ".txt", lang, "news", text.toString(), officials,
        list.stream().flatMap(c -> c.areas().stream()).distinct().toList(), List.of(), list, List.of(), date);
  }

  @Test
  void keepsTwoPromisesOfOneTextApartThoughTheyShareADueDate() {
    List<Promise> promises = ledger(
        doc("g19", "fa", "2019-05-15", IR_OM, null, new String[] {
            "دو کشور توافق کردند خط لوله انتقال گاز از بندر جاسک به صحار را تا پایان سال ۲۰۲۲ بسازند", "دو کشور",
            "تا پایان سال ۲۰۲۲", "2022-12-31", "energy"}),
        doc("g21", "ar", "2021-11-16", IR_OM, null,
            new String[] {"إنجاز خط أنبوب الغاز البحري بين جاسك وصحار قبل نهاية عام 2022", "الجانبان",
                "قبل نهاية عام 2022", "2022-12-31", "energy"},
            new String[] {"دراسة إنشاء مصنع مشترك لتسييل الغاز في صحار خلال عام 2022", "الجانبان",
                "خلال عام 2022", "2022-12-31", "energy"}));
    assertEquals(List.of(List.of("first_made", "repeated"), List.of("first_made")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aSharedDueDateAloneLinksNothing() {
    List<Promise> promises = ledger(
        doc("m20", "fa", "2020-11-10", IR_OM, null, new String[] {
            "حجم مبادلات تجاری دو کشور تا پایان سال ۲۰۲۳ به ۵ میلیارد دلار در سال برسد", "دو طرف",
            "تا پایان سال ۲۰۲۳", "2023-12-31", "trade_investment"}),
        doc("m22", "ar", "2022-05-12", IR_OM, null, new String[] {
            "كما اتفق الجانبان على افتتاح سوق حدودية ثانية في منطقة كبد - ريمدان قبل نهاية عام 2023", "الجانبان",
            "قبل نهاية عام 2023", "2023-12-31", "trade_investment"}));
    assertEquals(2, promises.size());
  }

  @Test
  void aTextDoesNotReportDoneWhatItStillPromises() {
    List<Promise> promises = ledger(doc("m22", "ar", "2022-05-12", IR_OM,
        "افتتاح السوق الحدودية المشتركة في ميرجاوه", new String[] {
            "كما اتفق الجانبان على افتتاح سوق حدودية ثانية في منطقة كبد - ريمدان قبل نهاية عام 2023", "الجانبان",
            "قبل نهاية عام 2023", "2023-12-31", "trade_investment"}));
    assertEquals(List.of(List.of("first_made")), promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aLaterTextMentioningAgainThatAPromiseWasDoneJoinsItAsFulfilled() {
    IndexedDocument again = new IndexedDocument("a25", "fa/a25.txt", "fa", "news",
        "به گفته وی، خط لوله نفت بصره - عقبه که در اردیبهشت امسال افتتاح شد، روزانه نفت خام صادر می‌کند.\n",
        List.of(), List.of("energy"), List.of(), List.of(), List.of(), "2025-09-01");
    Promise p = ledger(LedgerDocuments.pipeline2020(), LedgerDocuments.opened2025(), again).get(0);
    assertEquals(List.of("first_made", "fulfilled", "fulfilled"), labels(p));
    assertEquals("fulfilled", p.status());
  }

  private static final List<IndexedDocument.Official> IQ_SA = List.of(
      new IndexedDocument.Official("سامي جواد الكناني", "IQ"), new IndexedDocument.Official("تركي بن سعود العتيبي", "SA"));

  private static List<Promise> flights(String reached, double perDay) {
    String promised = "كما اتفقا على زيادة عدد الرحلات الجوية المباشرة بين الرياض وبغداد إلى 4 رحلات يوميا";
    IndexedDocument first = new IndexedDocument("f21", "ar/f21.txt", "ar", "news", promised + ".\n", IQ_SA,
        List.of("transport"), List.of(new IndexedDocument.Figure("4 رحلات يوميا", 4.0, null, null, null, "day")),
        List.of(new IndexedDocument.Commitment(promised, "agreement", "الجانبان", null, null, null,
            List.of("transport"))), List.of(), "2021-02-20");
    IndexedDocument later = new IndexedDocument("f23", "fa/f23.txt", "fa", "news",
        "وزارت حمل‌ونقل عراق اعلام کرد شمار پروازهای مستقیم بغداد - ریاض به " + reached + " رسیده است.\n",
        List.of(), List.of("transport"), List.of(new IndexedDocument.Figure(reached, perDay, null, null, null, "day")),
        List.of(), List.of(), "2023-05-26");
    return ledger(first, later);
  }

  @Test
  void aQuantityThatReachedThePromisedFigureFulfilsThePromise() {
    assertEquals(List.of(List.of("first_made", "fulfilled")),
        flights("چهار پرواز در روز", 4.0).stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aQuantityThatReachedAnotherFigureReportsNothing() {
    assertEquals(List.of(List.of("first_made")),
        flights("سه پرواز در روز", 3.0).stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aHeadlineRestatingAPromisesFigureJoinsItWithItsDocumentsLabel() {
    String headline = "العراق وإيران يجددان العزم على بلوغ 20 مليار دولار من التبادل التجاري";
    IndexedDocument t21 = LedgerDocuments.trade2021();
    IndexedDocument withHeadline = new IndexedDocument(t21.id(), t21.source(), "ar", "news",
        headline + "\n" + t21.text(), t21.officials(), t21.areas(),
        List.of(new IndexedDocument.Figure("20 مليار دولار", 2e10, null, null, "USD", null), t21.figures().get(0)),
        t21.commitments(), List.of(), t21.date());
    List<Promise> promises = ledger(LedgerDocuments.trade2019(), withHeadline);
    assertEquals(List.of(List.of("first_made", "repeated", "repeated")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
    assertEquals(headline, promises.get(0).links().get(2).statement().text());
  }

  @Test
  void aSentenceWithAFigureOfNoPromiseStartsNone() {
    IndexedDocument d = new IndexedDocument("n", "ar/n.txt", "ar", "news",
        "وقال الربيعي إن جائحة كورونا خفضت حجم التبادل التجاري إلى نحو 9 مليارات دولار في العام الماضي.\n",
        List.of(), List.of("trade_investment"),
        List.of(new IndexedDocument.Figure("9 مليارات دولار", 9e9, null, null, "USD", null)), List.of(), List.of(),
        "2021-06-14");
    assertEquals(List.of(List.of("first_made")),
        ledger(LedgerDocuments.trade2019(), d).stream().map(PromiseLinkerTest::labels).toList());
  }

  // The Jumaima crossing: agreed for 2022, then (in one later text) recalled for 2022 and moved to 2024.
  private static final String[] JUMAIMA_AGREED = {
      "واتفق الجانبان على افتتاح منفذ جميمة الحدودي أمام حركة البضائع والمسافرين قبل نهاية عام 2022",
      "الجانبان", "قبل نهاية عام 2022", "2022-12-31", "transport"};
  private static final String[] JUMAIMA_MOVED = {
      "وأكد الجانبان أن منفذ جميمة الحدودي سيفتتح أمام حركة البضائع قبل نهاية عام 2024",
      "الجانبان", "قبل نهاية عام 2024", "2024-12-31", "transport"};
  private static final String[] JUMAIMA_RECALLED = {
      "وكان الجانبان قد اتفقا على افتتاح منفذ جميمة الحدودي قبل نهاية عام 2022", "الجانبان",
      "قبل نهاية عام 2022", "2022-12-31", "transport"};

  @Test
  void aTextRecallingTheOldDueDateBesideTheNewOneKeepsTheNewOne() {
    List<Promise> promises = ledger(
        doc("j21", "ar", "2021-02-20", IQ_SA, null, JUMAIMA_AGREED),
        doc("j23", "ar", "2023-05-26", IQ_SA, null, JUMAIMA_MOVED, JUMAIMA_RECALLED),
        doc("j24", "ar", "2024-10-14", IQ_SA, null, new String[] {
            "افتتاح منفذ جميمة أمام حركة الشاحنات قبل نهاية عام 2024", "المجتمعون", "قبل نهاية عام 2024",
            "2024-12-31", "transport"}));
    assertEquals(List.of(List.of("first_made", "changed", "changed", "repeated")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aTextThatRepeatsAPromiseAndThenMovesItsDateChangedIt() {
    List<Promise> promises = ledger(
        doc("j21", "ar", "2021-02-20", IQ_SA, null, JUMAIMA_AGREED),
        doc("j23", "ar", "2023-05-26", IQ_SA, null, JUMAIMA_RECALLED, JUMAIMA_MOVED));
    assertEquals(List.of(List.of("first_made", "changed", "changed")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
    assertEquals("deadline 2022-12-31 (قبل نهاية عام 2022) -> 2024-12-31 (قبل نهاية عام 2024)",
        promises.get(0).links().get(2).detail());
  }

  @Test
  void aQuantityReachedWithoutItsPeriodFulfilsThePromiseOfThatFigure() {
    String promised = "كما اتفقا على زيادة عدد الرحلات الجوية المباشرة بين الرياض وبغداد إلى 4 رحلات يوميا";
    IndexedDocument first = new IndexedDocument("f21", "ar/f21.txt", "ar", "news", promised + ".\n", IQ_SA,
        List.of("transport"), List.of(new IndexedDocument.Figure("4 رحلات يوميا", 4.0, null, null, null, "day")),
        List.of(new IndexedDocument.Commitment(promised, "agreement", "الجانبان", null, null, null,
            List.of("transport"))), List.of(), "2021-02-20");
    IndexedDocument later = new IndexedDocument("f23", "fa/f23.txt", "fa", "news",
        "وزارت حمل‌ونقل عراق اعلام کرد شمار پروازهای مستقیم بغداد - ریاض به چهار پرواز در روز رسیده است.\n",
        List.of(), List.of("health"), List.of(new IndexedDocument.Figure("چهار", 4.0, null, null, null, null)),
        List.of(), List.of(), "2023-05-26");
    assertEquals(List.of(List.of("first_made", "fulfilled")),
        ledger(first, later).stream().map(PromiseLinkerTest::labels).toList());
  }

  private static final List<IndexedDocument.Official> IQ_IR = List.of(
      new IndexedDocument.Official("سلام عبدالکریم الحسناوی", "IQ"), new IndexedDocument.Official("مهدی حسینی‌شاد", "IR"));

  @Test
  void promisesSharingOnlyGenericWordsAndABorderTownStayApart() {
    // a free zone and a laboratory, both "joint" and "established" at the Shalamcheh border (fa-news-028, fa-news-023)
    List<Promise> promises = ledger(
        doc("z19", "fa", "2019-03-12", IQ_IR, null, new String[] {
            "دو کشور توافق کردند منطقه آزاد مشترک در مرز شلمچه ایجاد شود", "دو کشور", null, null,
            "trade_investment"}),
        doc("l25", "fa", "2025-03-01", IQ_IR, null, new String[] {
            "دو طرف توافق کردند آزمایشگاه مشترک کنترل آفات در مرز شلمچه ایجاد شود",
            "دو طرف", null, null, "trade_investment"}));
    assertEquals(List.of(List.of("first_made"), List.of("first_made")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  private static IndexedDocument withFigure(String id, String date, String commitment, String figure, double value,
      String unit) {
    return new IndexedDocument(id, "ar/" + id + ".txt", "ar", "news", commitment + ".\n", IQ_IR, List.of("transport"),
        List.of(new IndexedDocument.Figure(figure, value, null, null, unit, null)),
        List.of(new IndexedDocument.Commitment(commitment, "agreement", "الجانبان", null, null, null,
            List.of("transport"))), List.of(), date);
  }

  @Test
  void theSameLengthOfTimeIsNoSameFigure() {
    // (ar-news-001, ar-min-001) a security room at one crossing and the opening hours of another
    List<Promise> promises = ledger(
        withFigure("h19", "2025-07-20", "واتفق الجانبان على تشكيل غرفة عمليات مشتركة في منفذ مهران لتبادل المعلومات "
            + "الأمنية على مدار 24 ساعة", "24 ساعة", 24, "hour"),
        withFigure("h20", "2025-08-02", "تقرر تشغيل منفذ المنذرية على مدار 24 ساعة طيلة موسم الأربعين", "24 ساعة", 24,
            "hour"));
    assertEquals(List.of(List.of("first_made"), List.of("first_made")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void sumsOfMoneyInNoCommonCurrencyAreTwoPromises() {
    // (fa-news-028, fa-min-018) a trade target in dollars and an exchange of data on frauds above a sum in dinars
    List<Promise> promises = ledger(
        withFigure("t19", "2019-03-12", "واتفق الجانبان على رفع حجم التبادل التجاري بين العراق وإيران إلى 20 مليار "
            + "دولار", "20 مليار دولار", 2.0e10, "USD"),
        withFigure("f25", "2025-12-09", "واتفق الجانبان على تبادل بيانات الحسابات المصرفية المرتبطة بالاحتيال التجاري "
            + "بين العراق وإيران فوق 500 مليون دينار", "500 مليون دينار", 5.0e8, "IQD"));
    assertEquals(List.of(List.of("first_made"), List.of("first_made")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aPercentageReachedFulfilsNoPromiseItSharesNoWordsWith() {
    // (fa-min-022, fa-min-001) a transit tariff cut by 12% and services reported at 12% of the trade
    String promised = "واتفق الجانبان على خفض رسوم عبور البيانات بنسبة 12 في المئة";
    IndexedDocument first = new IndexedDocument("p21", "ar/p21.txt", "ar", "news", promised + ".\n", IQ_SA,
        List.of("telecom"), List.of(new IndexedDocument.Figure("12 في المئة", 12.0, null, null, "percent", null)),
        List.of(new IndexedDocument.Commitment(promised, "agreement", "الجانبان", null, null, null,
            List.of("telecom"))), List.of(), "2025-06-22");
    IndexedDocument later = new IndexedDocument("p25", "fa/p25.txt", "fa", "minutes",
        "نوروزی‌فرد گزارش داد که سهم خدمات فنی و مهندسی از حجم کالاهای صادراتی به 12 درصد رسیده است.\n", List.of(),
        List.of("telecom"), List.of(new IndexedDocument.Figure("12 درصد", 12.0, null, null, "percent", null)),
        List.of(), List.of(), "2025-10-04");
    assertEquals(List.of(List.of("first_made")),
        ledger(first, later).stream().map(PromiseLinkerTest::labels).toList());
  }

  private static final List<IndexedDocument.Official> IR_QA = List.of(
      new IndexedDocument.Official("رضا فرهادی", "IR"), new IndexedDocument.Official("خالد بن عبدالله العطية", "QA"));

  @Test
  void aPersianLaunchOfADirectLineIsTheArabicOperationOfIt() {
    List<Promise> promises = ledger(
        doc("l19", "fa", "2019-06-02", IR_QA, null, new String[] {
            "دو طرف توافق کردند خط کشتیرانی مستقیم میان بوشهر و الرویس راه‌اندازی شود", "دو طرف", null, null,
            "transport"}),
        doc("l21", "ar", "2021-03-08", IR_QA, null, new String[] {
            "تشغيل خط الشحن البحري المباشر بين بوشهر والرويس خلال العام الجاري", "الجانبان", null, null,
            "transport"}));
    assertEquals(List.of(List.of("first_made", "repeated")), promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  private static final List<IndexedDocument.Official> IQ_JO = List.of(
      new IndexedDocument.Official("خالد الطوالبة", "JO"), new IndexedDocument.Official("حيدر الشمري", "IQ"));

  @Test
  void aSigningReportedFulfilsThePromiseToSignNotTheProjectSignedFor() {
    List<Promise> promises = ledger(
        doc("s23", "ar", "2023-04-10", IQ_JO, null, new String[] {
            "اتفق الجانبان على توقيع مذكرة تفاهم بشأن مشروع المدينة الاقتصادية المشتركة قبل نهاية العام الجاري",
            "الجانبان", "قبل نهاية العام الجاري", "2023-12-31", "trade_investment"}),
        doc("s25", "ar", "2025-02-03", IQ_JO,
            "وتم توقيع مذكرة التفاهم بشأن مشروع المدينة الاقتصادية المشتركة في بغداد في آذار 2024، وبدأ تنفيذها.",
            new String[] {"إنجاز المرحلة الأولى من المدينة الاقتصادية المشتركة قبل نهاية عام 2027", "الجانبان",
                "قبل نهاية عام 2027", "2027-12-31", "trade_investment"}));
    assertEquals(List.of(List.of("first_made", "fulfilled"), List.of("first_made")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
    assertEquals("e0", promises.get(0).links().get(1).statement().item());
  }

  @Test
  void theNextMeetingOfALaterTextIsAnotherMeetingOnceTheFirstWasDue() {
    List<Promise> promises = ledger(
        doc("n19", "ar", "2019-10-02", IQ_JO, null, new String[] {
            "عقد الاجتماع المقبل للجنة المشتركة في بغداد خلال عام 2020", "الجانبان", "خلال عام 2020",
            "2020-12-31", "trade_investment"}),
        doc("n21", "ar", "2021-06-15", IQ_JO, null, new String[] {
            "عقد الاجتماع المقبل للجنة المشتركة في بغداد خلال الربع الأول من عام 2022", "الجانبان",
            "خلال الربع الأول من عام 2022", "2022-03-31", "trade_investment"}));
    assertEquals(List.of(List.of("first_made", "overdue"), List.of("first_made")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void theSameNumberedMeetingMovedInALaterTextIsOneMeeting() {
    List<Promise> promises = ledger(
        doc("m21", "ar", "2021-06-15", IQ_JO, null, new String[] {
            "عقد الاجتماع الثالث للجنة المشتركة في بغداد في شباط 2022", "الجانبان", "في شباط 2022",
            "2022-02-28", "trade_investment"}),
        doc("m25", "ar", "2025-05-10", IQ_JO, null, new String[] {
            "عقد الاجتماع الثالث للجنة المشتركة في بغداد خلال تموز المقبل", "الجانبان", "خلال تموز المقبل",
            "2025-07-31", "trade_investment"}));
    assertEquals(List.of(List.of("first_made", "changed")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  private static final List<IndexedDocument.Official> IN_IR = List.of(
      new IndexedDocument.Official("فرهاد امیرخانی", "IR"), new IndexedDocument.Official("أرجون ميهتا", "IN"));

  @Test
  void aPlaceNameWrittenInTheOtherScriptLinksThePromise() {
    List<Promise> promises = ledger(
        doc("c19", "fa", "2019-08-20", IN_IR, null, new String[] {
            "ایران قصد دارد راه‌آهن چابهار - زاهدان را با مشارکت هند تا پایان سال ۱۴۰۰ به بهره‌برداری برساند", "ایران",
            "تا پایان سال ۱۴۰۰", "2022-03-20", "transport"}),
        doc("c22", "ar", "2022-05-11", IN_IR, null, new String[] {
            "استكمال سكة حديد تشابهار - زاهدان قبل نهاية عام 2024", "الجانبان", "قبل نهاية عام 2024",
            "2024-12-31", "transport"}));
    assertEquals(List.of(List.of("first_made", "changed")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  private static IndexedDocument withFigure(String id, String lang, String date, String text, String figure,
      double value) {
    IndexedDocument.Commitment c = new IndexedDocument.Commitment(text, "agreement", null, null, null, null,
        List.of("transport"));
    return new IndexedDocument(id, lang + "/" + id + ".txt", lang, "news", text + ".\n",
        List.of(new IndexedDocument.Official("فلاديمير تسيبولسكي", "RU"),
            new IndexedDocument.Official("مهدی صادقی", "IR")),
        List.of("transport"), List.of(new IndexedDocument.Figure(figure, value, null, null, "ton", "year")),
        List.of(c), List.of(), date);
  }

  @Test
  void aTargetMovedInItsOwnUnitLinksThoughFewWordsAgree() {
    List<Promise> promises = ledger(
        withFigure("t20", "ar", "2020-06-10",
            "روسيا وإيران تسعيان إلى نقل 10 ملايين طن سنويا عبر ممر الشمال - الجنوب", "10 ملايين طن سنويا", 1.0e7),
        withFigure("t22", "fa", "2022-07-02",
            "هدف ترانزیت سالانه کالا در کریدور شمال - جنوب به ۱۵ میلیون تن افزایش یابد", "۱۵ میلیون تن", 1.5e7));
    assertEquals(List.of(List.of("first_made", "changed")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aSecondLineOfTheSameTownsIsAnotherPromise() {
    List<Promise> promises = ledger(
        doc("r21", "ar", "2021-03-01", IQ_IR, null, new String[] {
            "إنجاز خط سكة حديد بين البصرة والشلامجة", "الجانبان", null, null, "transport"}),
        doc("r23", "ar", "2023-05-20", IQ_IR, null, new String[] {
            "دراسة إنشاء خط سكة حديد ثان بين البصرة والشلامجة", "الجانبان", null, null, "transport"}));
    assertEquals(List.of(List.of("first_made"), List.of("first_made")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
  }

  @Test
  void aNumberedSessionReportedHeldInTheOtherLanguageFulfilsThePromiseOfThatSessionOnly() {
    List<Promise> promises = ledger(
        doc("k19", "fa", "2019-06-15", IQ_IR, null, new String[] {
            "برگزاری چهاردهمین نشست کمیسیون مشترک همکاری‌های اقتصادی در تهران در نیمه دوم سال ۱۳۹۸", "دو طرف",
            "در نیمه دوم سال ۱۳۹۸", "2020-03-19", "trade_investment"}),
        doc("k22", "ar", "2022-04-20", IQ_IR,
            "وأشار إلى أن الدورة الرابعة عشرة للجنة الاقتصادية المشتركة عقدت في طهران في كانون الثاني 2020.",
            new String[] {"عقد الدورة الخامسة عشرة للجنة الاقتصادية المشتركة في بغداد في الخريف المقبل", "الجانبان",
                "في الخريف المقبل", "2022-12-21", "trade_investment"}),
        doc("k25", "fa", "2025-02-10", IQ_IR,
            "پانزدهمین نشست کمیسیون مشترک اقتصادی دو کشور روز یکشنبه در بغداد برگزار شد."));
    assertEquals(List.of(List.of("first_made", "fulfilled"), List.of("first_made", "fulfilled")),
        promises.stream().map(PromiseLinkerTest::labels).toList());
    assertEquals("k22", promises.get(0).links().get(1).statement().docId());
    assertEquals("k25", promises.get(1).links().get(1).statement().docId());
  }
}
