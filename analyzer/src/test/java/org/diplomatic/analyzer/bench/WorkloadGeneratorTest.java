package org.diplomatic.analyzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.diplomatic.analyzer.SharedData;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.Test;

class WorkloadGeneratorTest {
  private static final List<String> ARABIC = List.of(
      "بغداد تبحث مع طهران خطة موسم الأربعين المقبل",
      "بغداد، 3 آب 2025 (وكالات)",
      "وذكر بيان لوزارة الداخلية أن المنافذ الحدودية ستعمل على مدار الساعة.");
  private static final List<String> PERSIAN = List.of(
      "صورتجلسه نشست کارشناسی کمیسیون مشترک اقتصادی ایران و عراق",
      "تاریخ: ۱۲ مهر ۱۴۰۴ (۴ اکتبر ۲۰۲۵)",
      "محل: تهران، ساختمان وزارت امور اقتصادی و دارایی");
  private static final WorkloadGenerator GENERATOR =
      new WorkloadGenerator(Map.of(Language.ARABIC, ARABIC, Language.PERSIAN, PERSIAN));

  @Test
  void sameSeedGivesTheSameDocuments() {
    assertEquals(GENERATOR.generate(30, 7L), GENERATOR.generate(30, 7L));
  }

  @Test
  void differentSeedsGiveDifferentDocuments() {
    assertNotEquals(GENERATOR.generate(30, 7L), GENERATOR.generate(30, 8L));
  }

  @Test
  void languagesAlternateStartingWithArabic() {
    Workload w = GENERATOR.generate(5, 1L);
    assertEquals(List.of(Language.ARABIC, Language.PERSIAN, Language.ARABIC, Language.PERSIAN, Language.ARABIC),
        w.documents().stream().map(SyntheticDocument::lang).toList());
    assertEquals(3, w.count(Language.ARABIC));
    assertEquals(2, w.count(Language.PERSIAN));
    assertEquals("bench/fa-000001.txt", w.documents().get(1).source());
  }

  @Test
  void everyLineIsAPoolSentenceOfTheDocumentsLanguage() {
    for (SyntheticDocument d : GENERATOR.generate(40, 3L).documents()) {
      List<String> lines = Arrays.asList(d.text().split("\n"));
      List<String> pool = d.lang() == Language.ARABIC ? ARABIC : PERSIAN;
      assertTrue(pool.containsAll(lines), d.source());
      assertTrue(lines.size() >= WorkloadGenerator.MIN_SENTENCES && lines.size() <= WorkloadGenerator.MAX_SENTENCES,
          d.source() + " has " + lines.size() + " sentences");
    }
  }

  @Test
  void rejectsAPoolWithoutPersianSentences() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new WorkloadGenerator(Map.of(Language.ARABIC, ARABIC, Language.PERSIAN, List.of())));
    assertEquals("no fa sentences to build a workload from", e.getMessage());
  }

  @Test
  void readsSentencesOfBothLanguagesFromTheCorpus() {
    WorkloadGenerator corpus =
        WorkloadGenerator.fromCorpus(Path.of(System.getProperty("analyzer.root", ".."), "corpus"));
    assertTrue(corpus.sentenceCount(Language.ARABIC) > 0);
    assertTrue(corpus.sentenceCount(Language.PERSIAN) > 0);
    Workload w = corpus.generate(10, WorkloadGenerator.DEFAULT_SEED);
    assertEquals(5, w.count(Language.ARABIC));
    assertEquals(5, w.count(Language.PERSIAN));
  }

  @Test
  void newsSentencesOfTheNerCorporaAreTheirTokensJoinedBySpaces() {
    Path ner = SharedData.require("ner", "reading workload sentences from the public NER corpora");
    WorkloadGenerator news = WorkloadGenerator.fromNer(ner);
    assertTrue(news.sentenceCount(Language.ARABIC) > 4000, "" + news.sentenceCount(Language.ARABIC));
    assertTrue(news.sentenceCount(Language.PERSIAN) > 5000, "" + news.sentenceCount(Language.PERSIAN));
    Workload w = news.generate(2, 1L);
    assertEquals(Language.ARABIC, w.documents().get(0).lang());
    assertTrue(w.documents().get(1).text().lines().allMatch(l -> !l.isBlank()));
  }
}
