package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The title rules alone on sentences written like Saudi agency copy: name edges, nationalities, counterparts. */
class ArabicAgencyOfficialsTest {
  private static OfficialsExtractor rules;

  @BeforeAll
  static void loadLexicons() {
    rules = new OfficialsExtractor(OfficialsLexicon.load(), Map.of());
  }

  private static List<Official> extract(String text) {
    return rules.extract(text, TestSentences.of(text), Language.ARABIC);
  }

  private static Official named(List<Official> found, String name) {
    return found.stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + found.stream().map(Official::name).toList()));
  }

  @Test
  void theCableFormulaEndsTheSendersName() {
    String text = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس عبدالله "
        + "يامين رئيس جمهورية المالديف بمناسبة ذكرى استقلال بلاده.";
    List<Official> found = extract(text);
    assertEquals("سلمان بن عبدالعزيز آل سعود", found.get(0).name());
    assertEquals("SA", found.get(0).country());
  }

  @Test
  void anAccusativeWithTanweenEndsTheName() {
    String text = "أجرى ولي العهد الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفيًا بالرئيس المصري.";
    assertEquals("محمد بن نايف بن عبدالعزيز", extract(text).get(0).name());
  }

  @Test
  void aKenyanPresidentServesKenya() {
    String text = "التقى الرئيس الأمريكي باراك أوباما في نيروبي الرئيس الكيني أوهورو كينياتا.";
    assertEquals("KE", named(extract(text), "أوهورو كينياتا").country());
  }

  @Test
  void aNationalityBeforeBinIsAGivenName() {
    String text = "وأوضح رئيس اللجنة التنفيذية الأمير تركي بن محمد بن فهد أن المعرض يفتتح غدا.";
    assertEquals("تركي بن محمد بن فهد", extract(text).get(0).name());
  }

  @Test
  void aSaudiMinistersCounterpartServesTheOtherParty() {
    String text = "نقل وزير الخارجية عادل الجبير تحيات خادم الحرمين الشريفين إلى الرئيس الروسي في موسكو. "
        + "والتقى الجبير في موسكو نظيره سيرجي لافروف.";
    assertEquals("RU", named(extract(text), "سيرجي لافروف").country());
  }

  @Test
  void aForeignMinistersCounterpartServesTheHost() {
    String text = "عمان تستقبل المعلم\nوصل وزير الخارجية السوري وليد المعلم إلى مسقط أمس، والتقى نظيره يوسف بن علوي.";
    List<Official> found = extract(text);
    assertEquals("SY", named(found, "وليد المعلم").country());
    assertEquals("OM", named(found, "يوسف بن علوي").country());
  }
}
