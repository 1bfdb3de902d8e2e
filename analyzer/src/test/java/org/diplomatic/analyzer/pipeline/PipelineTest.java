package org.diplomatic.analyzer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.classify.Area;
import org.diplomatic.analyzer.extract.commitments.Commitment;
import org.diplomatic.analyzer.extract.figures.Figure;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.TextInput;
import org.diplomatic.analyzer.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline over the trained models in models/: one shared instance (loading takes a few seconds). */
class PipelineTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    Path models = Path.of(System.getProperty("analyzer.root", "..")).resolve("models");
    pipeline = new Pipeline(PipelineConfig.defaults(models));
  }

  @Test
  void analyzesAnArabicMeetingReportEndToEnd() {
    String text = "بغداد - استقبل وزير الكهرباء العراقي زياد علي فاضل، اليوم الاثنين، السفير الإيراني في بغداد "
        + "محمد كاظم آل صادق.\n"
        + "وقال فاضل: «سنعمل مع الجانب الإيراني على رفع واردات الغاز لتشغيل محطات توليد الكهرباء قبل الصيف».\n"
        + "واتفق الجانبان على تشكيل لجنة فنية مشتركة لمتابعة الربط الكهربائي بين البلدين.";
    AnalyzedDocument doc = pipeline.analyze(new TextInput("report.txt", text));
    assertEquals(Language.ARABIC, doc.lang());
    assertEquals(3, doc.sentences().size());
    List<String> names = doc.officials().stream().map(Official::name).toList();
    assertTrue(names.contains("زياد علي فاضل"), names.toString());
    Official minister = doc.officials().get(names.indexOf("زياد علي فاضل"));
    assertEquals("IQ", minister.country());
    assertEquals(2, minister.mentions().size());
    assertEquals(List.of("intent", "agreement"), doc.commitments().stream().map(Commitment::kind).toList());
    assertEquals("الجانبان", doc.commitments().get(1).holder());
    assertTrue(doc.areas().stream().map(Area::label).anyMatch("energy"::equals), doc.areas().toString());
    for (Commitment c : doc.commitments()) {
      assertEquals(c.text(), text.substring(c.start(), c.end()));
    }
    List<Token> second = doc.segmentation().tokens().get(1);
    assertEquals(List.of("و", "قال", "فاضل", ":", "«", "س", "نعمل"),
        second.subList(0, 7).stream().map(Token::text).toList());
    for (Token t : second) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void aTatweelUsedAsADashReadsLikeAHyphen() {
    String sentence = "وقال وزير النفط العراقي حيان عبد الغني %s في تصريح للصحفيين %s إن البلدين سيوقعان اتفاقية "
        + "لتصدير 500 ألف برميل يوميا.";
    AnalyzedDocument tatweel = pipeline.analyze(new TextInput("a.txt", String.format(sentence, "ـ", "ـ")));
    AnalyzedDocument hyphen = pipeline.analyze(new TextInput("b.txt", String.format(sentence, "-", "-")));
    assertEquals(List.of("حيان عبد الغني"), tatweel.officials().stream().map(Official::name).toList());
    assertEquals(List.of(500_000.0), tatweel.figures().stream().map(f -> f.value()).toList());
    assertEquals(hyphen.commitments().size(), tatweel.commitments().size());
    assertEquals(hyphen.areas(), tatweel.areas());
  }

  @Test
  void bidiMarksAndQuranicSignsChangeNothing() {
    String sentence = "استقبل وزير الخارجية %s فؤاد حسين السفير الإيراني، وقال: «سنعمل %s على رفع التبادل إلى 20 "
        + "مليار دولار». واتفق الجانبان %s على تشكيل لجنة.";
    AnalyzedDocument marked = pipeline.analyze(new TextInput("a.txt", String.format(sentence, "\u200F", "\u202B", "۝")));
    AnalyzedDocument plain = pipeline.analyze(new TextInput("b.txt", String.format(sentence, "", "", "")));
    assertEquals(List.of("فؤاد حسين"), marked.officials().stream().map(Official::name).toList());
    assertEquals(plain.commitments().stream().map(Commitment::kind).toList(),
        marked.commitments().stream().map(Commitment::kind).toList());
    assertEquals(List.of(2.0e10), marked.figures().stream().map(f -> f.value()).toList());
  }

  @Test
  void analyzesPersianMinutesWithDecisionsOwnersAndDeadlines() {
    String text = "صورتجلسه کارگروه مشترک گردشگری مذهبی ایران و عراق\n"
        + "مصوبات:\n"
        + "۱- مقرر شد روادید زائران اربعین ظرف ۴۸ ساعت صادر شود (مسئول پیگیری: وزارت امور خارجه، مهلت اجرا: تا پایان مرداد ۱۴۰۴).\n"
        + "۲- گزارش اقدامات انجام‌شده در پایانه مرزی مهران ارائه شد.";
    AnalyzedDocument doc = pipeline.analyze(new TextInput("minutes.txt", text));
    assertEquals(Language.PERSIAN, doc.lang());
    assertEquals("minutes", doc.genre());
    assertEquals(1, doc.commitments().size());
    Commitment decision = doc.commitments().get(0);
    assertEquals("decision", decision.kind());
    assertEquals("وزارت امور خارجه", decision.owner());
    assertEquals("تا پایان مرداد ۱۴۰۴", decision.deadline());
    assertTrue(decision.areas().contains("tourism_pilgrimage"), decision.areas().toString());
    assertEquals(1, decision.figures().size());
    Figure hours = doc.figures().get(decision.figures().get(0));
    assertEquals("۴۸ ساعت", hours.text());
    assertEquals(48.0, hours.value());
    assertEquals("hour", hours.unit());
    assertEquals("2025-08-22", decision.deadlineIso()); // end of Mordad 1404
    assertEquals("minutes", doc.genre());
  }
}
