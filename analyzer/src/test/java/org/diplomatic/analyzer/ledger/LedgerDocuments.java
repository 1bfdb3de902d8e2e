package org.diplomatic.analyzer.ledger;

import java.util.List;
import org.diplomatic.analyzer.index.IndexedDocument;

/** Small stored documents of two series (corpus/ledger's trade target and pipeline), as the index keeps them. */
final class LedgerDocuments {
  /** The checkout's models folder, whose ledger word weights the tests link with. */
  static final java.nio.file.Path MODELS =
      java.nio.file.Path.of(System.getProperty("analyzer.root", "..")).resolve("models");
  static final WordWeights WEIGHTS = WordWeights.load(MODELS);
  static final String TRADE_2019 = "تهران - ایرنا - ۲۱ اسفند ۱۳۹۷\n"
      + "دو کشور توافق کردند حجم مبادلات تجاری سالانه را به ۲۰ میلیارد دلار برسانند.\n";
  static final String TRADE_2021 = "بغداد، 14 حزيران 2021 (واع)\n"
      + "وأكد الجانبان أنهما سيعملان على رفع حجم التبادل التجاري إلى 20 مليار دولار سنويا.\n";
  static final String TRADE_2023 = "طهران، 8 تشرين الثاني 2023\n"
      + "1- رفع حجم التبادل التجاري غير النفطي إلى 30 مليار دولار سنويا بحلول نهاية عام 2026.\n";
  static final String PIPELINE_2020 = "عمّان، 25 آب 2020\n"
      + "اتفق الجانبان على إنجاز خط أنبوب النفط من البصرة إلى العقبة قبل نهاية عام 2022.\n";
  static final String OPENED_2025 = "العقبة، 20 أيار 2025 (بترا)\n"
      + "تم اليوم افتتاح خط أنبوب النفط الممتد من البصرة إلى العقبة.\n";
  static final String PIPELINE_2024 = "بغداد، 3 آذار 2024\n"
      + "وأكد الجانبان أن خط أنبوب النفط من البصرة إلى العقبة سيكتمل قبل نهاية عام 2024.\n";

  private static final List<IndexedDocument.Official> IQ_IR = List.of(
      new IndexedDocument.Official("سلام عبدالکریم الحسناوی", "IQ"), new IndexedDocument.Official("رضا فرهادی‌پور",
          "IR"));
  private static final List<IndexedDocument.Official> IQ_JO = List.of(
      new IndexedDocument.Official("فاضل كريم الساعدي", "IQ"), new IndexedDocument.Official("سامر عودة الخوالدة",
          "JO"));

  private LedgerDocuments() {}

  static IndexedDocument trade2019() {
    return doc("t19", "fa/fa-news-028.txt", "fa", TRADE_2019, IQ_IR, "2019-03-12",
        figure("۲۰ میلیارد دلار", 2e10), commitment(
            "دو کشور توافق کردند حجم مبادلات تجاری سالانه را به ۲۰ میلیارد دلار برسانند", "دو کشور", null, null,
            "trade_investment"));
  }

  static IndexedDocument trade2021() {
    return doc("t21", "ar/ar-news-028.txt", "ar", TRADE_2021, IQ_IR, "2021-06-14",
        figure("20 مليار دولار سنويا", 2e10), commitment(
            "وأكد الجانبان أنهما سيعملان على رفع حجم التبادل التجاري إلى 20 مليار دولار سنويا", "الجانبان", null,
            null, "trade_investment"));
  }

  static IndexedDocument trade2023() {
    return doc("t23", "ar/ar-stmt-028.txt", "ar", TRADE_2023, IQ_IR, "2023-11-08",
        figure("30 مليار دولار سنويا", 3e10), commitment(
            "رفع حجم التبادل التجاري غير النفطي إلى 30 مليار دولار سنويا بحلول نهاية عام 2026", "الجانبان",
            "بحلول نهاية عام 2026", "2026-12-31", "trade_investment"));
  }

  static IndexedDocument pipeline2020() {
    return doc("p20", "ar/ar-stmt-029.txt", "ar", PIPELINE_2020, IQ_JO, "2020-08-25", null, commitment(
        "اتفق الجانبان على إنجاز خط أنبوب النفط من البصرة إلى العقبة قبل نهاية عام 2022", "الجانبان",
        "قبل نهاية عام 2022", "2022-12-31", "energy"));
  }

  static IndexedDocument pipeline2024() {
    return doc("p24", "ar/ar-min-027.txt", "ar", PIPELINE_2024, IQ_JO, "2024-03-03", null, commitment(
        "وأكد الجانبان أن خط أنبوب النفط من البصرة إلى العقبة سيكتمل قبل نهاية عام 2024", "الجانبان",
        "قبل نهاية عام 2024", "2024-12-31", "energy"));
  }

  static IndexedDocument opened2025() {
    return new IndexedDocument("o25", "ar/ar-news-029.txt", "ar", "news", OPENED_2025, IQ_JO, List.of("energy"),
        List.of(), List.of(), List.of(), "2025-05-20");
  }

  private static IndexedDocument doc(String id, String source, String lang, String text,
      List<IndexedDocument.Official> officials, String date, IndexedDocument.Figure figure,
      IndexedDocument.Commitment commitment) {
    return new IndexedDocument(id, source, lang, "news", text, officials, commitment.areas(),
        figure == null ? List.of() : List.of(figure), List.of(commitment), List.of(), date);
  }

  private static IndexedDocument.Figure figure(String text, double value) {
    return new IndexedDocument.Figure(text, value, null, null, "USD", "year");
  }

  private static IndexedDocument.Commitment commitment(String text, String holder, String deadline,
      String deadlineIso, String area) {
    return new IndexedDocument.Commitment(text, "agreement", holder, null, deadline, deadlineIso, List.of(area));
  }
}
