package org.diplomatic.analyzer.index;

import java.util.List;

/** Hand-made analyzed documents (real Arabic and Persian sentences) for index tests. */
final class IndexFixtures {
  private IndexFixtures() {}

  static IndexedDocument iraqIranTelecom(String source) {
    return new IndexedDocument("id-ar-telecom", source, "ar", "news",
        "استقبل وزير الاتصالات العراقي هيثم الساعدي السفير الإيراني في بغداد عام 2025.\n"
            + "وقال الساعدي إن البلدين يسعيان إلى رفع حجم التبادل في قطاع الاتصالات إلى 20 مليار دولار سنويا.",
        List.of(new IndexedDocument.Official("هيثم الساعدي", "IQ")),
        List.of("telecom", "trade_investment"),
        List.of(new IndexedDocument.Figure("20 مليار دولار سنويا", 2.0e10, null, null, "USD", "year")),
        List.of(new IndexedDocument.Commitment(
            "وقال الساعدي إن البلدين يسعيان إلى رفع حجم التبادل في قطاع الاتصالات إلى 20 مليار دولار سنويا.",
            "intent", "هيثم الساعدي", null, null, null, List.of("telecom"))),
        List.of(2025), "2025-10-14");
  }

  static IndexedDocument pilgrimsPersian(String source) {
    return new IndexedDocument("id-fa-pilgrims", source, "fa", "minutes",
        "صورتجلسه ستاد اربعین استان ایلام\n"
            + "مقرر شد ۶۰۰ دستگاه اتوبوس برای جابه‌جایی ۸ تا ۱۰ میلیون زائر مستقر شود.\n"
            + "استاندار ایلام، عبدالرضا مرادی‌زاده، بر همکاری‌های بهداشتی تاکید کرد.\n"
            + "به گفته وی، مرز مهران برای زائران کشور‌های همسایه بازگشایی می‌شود.",
        List.of(new IndexedDocument.Official("عبدالرضا مرادی‌زاده", "IR")),
        List.of("tourism_pilgrimage", "health"),
        List.of(new IndexedDocument.Figure("۸ تا ۱۰ میلیون زائر", null, 8e6, 1e7, "person", null)),
        List.of(new IndexedDocument.Commitment(
            "مقرر شد ۶۰۰ دستگاه اتوبوس برای جابه‌جایی ۸ تا ۱۰ میلیون زائر مستقر شود.", "decision", null,
            "استانداری ایلام", "تا ۱۰ مرداد ۱۴۰۴", "2025-08-01", List.of("tourism_pilgrimage", "transport"))),
        List.of());
  }

  static IndexedDocument gasOman(String source) {
    return new IndexedDocument("id-ar-gas", source, "ar", "statement",
        "بيان مشترك: اتفق الجانبان العماني والإيراني على مد خط أنابيب لنقل الغاز بطاقة 28 مليون متر مكعب يوميا.",
        List.of(), List.of("energy"),
        List.of(new IndexedDocument.Figure("28 مليون متر مكعب يوميا", 2.8e7, null, null, "cubic_meter", "day")),
        List.of(new IndexedDocument.Commitment(
            "اتفق الجانبان العماني والإيراني على مد خط أنابيب لنقل الغاز", "agreement", "الجانبان", null, null, null,
            List.of("energy"))),
        List.of());
  }
}
