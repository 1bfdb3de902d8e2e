package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcordanceTest {
  private static final String TELECOM =
      "بحث وزير الاتصالات العراقي مع نظيره الإيراني تطوير شبكات اتصالات الألياف الضوئية.\n"
          + "وتقرر دعم مشاريع البريد والاتصالات في المحافظات الحدودية.";
  private static final String GAS = "وقع الجانبان مذكرة تفاهم في مجال النفط والغاز واستقبل وزير الخارجية الوفد.";
  private static final String PERSIAN = "وزیر ارتباطات گفت: همکاری در حوزه اتصالات فیبر نوری ادامه خواهد یافت.";
  private static final String PERSIAN_PLURALS = "همکاری‌های دو کشور گسترش می‌یابد و قرارداد بین‌المللی امضا می شود.";

  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void buildIndex() {
    index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(doc("id-telecom", "b/telecom.txt", "ar", TELECOM));
      w.add(doc("id-gas", "a/gas.txt", "ar", GAS));
      w.add(doc("id-fa", "c/fa.txt", "fa", PERSIAN));
      w.add(doc("id-fa-plurals", "d/fa.txt", "fa", PERSIAN_PLURALS));
      w.commit();
    }
  }

  static IndexedDocument doc(String id, String source, String lang, String text) {
    return new IndexedDocument(id, source, lang, "news", text, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static List<String> matches(List<Occurrence> found) {
    return found.stream().map(o -> o.source() + "|" + o.match()).toList();
  }

  @Test
  void findsTheWordWithAndWithoutArticleAndConjunctionAcrossLanguages() {
    try (Concordance c = Concordance.open(index)) {
      assertEquals(
          List.of("b/telecom.txt|الاتصالات", "b/telecom.txt|اتصالات", "b/telecom.txt|والاتصالات", "c/fa.txt|اتصالات"),
          matches(c.find("الاتصالات", null, 100)));
    }
  }

  @Test
  void findsPersianPluralsAndSpellingsWithAndWithoutZwnjOrSpace() {
    try (Concordance c = Concordance.open(index)) {
      assertEquals(List.of("c/fa.txt|همکاری", "d/fa.txt|همکاری‌های"), matches(c.find("همکاری", "fa", 100)));
      assertEquals(List.of("d/fa.txt|کشور"), matches(c.find("کشورها", null, 100)));
      assertEquals(List.of("d/fa.txt|می شود"), matches(c.find("میشود", null, 100)));
      assertEquals(List.of("d/fa.txt|بین‌المللی"), matches(c.find("بینالمللی", null, 100)));
    }
  }

  @Test
  void restrictsToOneLanguage() {
    try (Concordance c = Concordance.open(index)) {
      assertEquals(List.of("c/fa.txt|اتصالات"), matches(c.find("اتصالات", "fa", 100)));
    }
  }

  @Test
  void findsAPhraseOnlyWhereItsWordsFollowEachOther() {
    try (Concordance c = Concordance.open(index)) {
      assertEquals(List.of("a/gas.txt|وزير الخارجية"), matches(c.find("وزير الخارجية", null, 100)));
      assertEquals(List.of(), c.find("الخارجية وزير", null, 100));
    }
  }

  @Test
  void stopsAtTheLimitInSourceOrder() {
    try (Concordance c = Concordance.open(index)) {
      assertEquals(List.of("a/gas.txt|وزير", "b/telecom.txt|وزير"), matches(c.find("وزير", null, 2)));
    }
  }

  @Test
  void cutsContextsToColumnsAndShowsLineBreaksAsSpaces() {
    try (Concordance c = Concordance.open(index)) {
      Occurrence o = c.find("والاتصالات", "ar", 100).get(2);
      assertEquals("والاتصالات", o.match());
      assertEquals("ضوئية. وتقرر دعم مشاريع البريد", o.before(30));
      assertEquals("الضوئية. وتقرر دعم مشاريع البريد", o.before(32));
      assertEquals("في المحافظات", o.after(12));
      assertEquals("رر دعم مشاريع البريد", o.before(20));
    }
  }

  @Test
  void countsHarakatAsNoColumns() {
    Occurrence o = new Occurrence("x", "قالَ الوزيرُ إنَّ", 5, 12);
    assertEquals("الوزيرُ", o.match());
    assertEquals("قالَ", o.before(3));
    assertEquals("إنَّ", o.after(3));
    assertEquals(2, Occurrence.columns("إنَّ"));
  }

  @Test
  void refusesAMissingIndexNamingTheFolder() {
    Path missing = dir.resolve("none");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Concordance.open(missing));
    assertEquals("no index at " + missing + " (run 'analyzer index' first)", e.getMessage());
  }

  @Test
  void refusesATermWithNoWords() {
    try (Concordance c = Concordance.open(index)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.find(" ، ", null, 10));
      assertEquals("nothing to search for in ' ، '", e.getMessage());
    }
  }
}
