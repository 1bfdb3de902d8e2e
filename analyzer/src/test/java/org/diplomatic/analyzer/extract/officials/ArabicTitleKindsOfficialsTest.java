package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Titles written away from the plain "title name" order, of the kinds the third sample of unseen Arabic news got
 * wrong (unseen-sample-2.tsv): states' formal names, provinces after their noun, counterparts, superiors, duals and
 * lists, and name-finder mentions that ran into the sentence.
 */
class ArabicTitleKindsOfficialsTest {
  private static List<Official> officials(String text) {
    return ShippedOfficials.officials(text, Language.ARABIC);
  }

  private static List<String> names(String text) {
    return ShippedOfficials.names(text, Language.ARABIC);
  }

  private static Official named(String text, String name) {
    return ShippedOfficials.named(text, name, Language.ARABIC);
  }

  @Test
  void aStatesFormalNameAfterAFemaleTitleStaysInTheRole() {
    Official o = named("وبعث الملك برقية تهنئة لفخامة السيدة ايلين جونسون سيرليف رئيسة جمهورية ليبيريا بمناسبة "
        + "ذكرى استقلال بلادها.", "ايلين جونسون سيرليف");
    assertEquals("رئيسة جمهورية ليبيريا", o.role());
    assertEquals("LR", o.country());
  }

  @Test
  void aStatesFormalNameEndsAnAppositionRole() {
    Official o = named("وأشار البيان إلى ما قاله السيد إيدي راما، رئيس وزراء جمهورية ألبانيا، في مقابلة تلفزيونية.",
        "إيدي راما");
    assertEquals("رئيس وزراء جمهورية ألبانيا", o.role());
    assertEquals("AL", o.country());
  }

  @Test
  void anAmbassadorsTitleBehindAGluedPrepositionReachesHisPost() {
    Official o = named("وأعرب الوزير عن شكره لسفير جمهورية مصر العربية لدى المملكة المغربية الدكتور أحمد فؤاد على "
        + "جهوده.", "أحمد فؤاد");
    assertEquals("سفير جمهورية مصر العربية لدى المملكة المغربية", o.role());
    assertEquals("EG", o.country());
  }

  @Test
  void aProvinceAfterItsNounEndsTheRoleBeforeARank() {
    Official o = named("وقال نائب المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة المقدم محمد بن عثمان القرني إن "
        + "الحريق أخمد.", "محمد بن عثمان القرني");
    assertEquals("نائب المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aBranchOfAMinistryContinuesTheRole() {
    Official o = named("وأكد مدير عام فرع وزارة العمل بالمنطقة الشرقية عمر بن صالح العمري أهمية التعاون.",
        "عمر بن صالح العمري");
    assertEquals("مدير عام فرع وزارة العمل بالمنطقة الشرقية", o.role());
  }

  @Test
  void aCounterpartBehindAGluedPrepositionNamesNoOffice() {
    Official o = named("وكان الرئيس النيجيري قد التقى بنظيره الأمريكي، باراك أوباما، يوم الاثنين.", "باراك أوباما");
    assertNull(o.role());
    assertEquals("US", o.country());
  }

  @Test
  void aPersonAnnexedToABareTitleIsTheSuperiorNotTheHolder() {
    assertEquals(List.of(), names("فيما قال ولايتي مستشار خامنئي إن طهران لن تفاوض."));
  }

  @Test
  void aDualTitleInTheNominativeIsATitle() {
    Official o = named("وتبادل الرئيسان السوداني عمر البشير ونظيره المصري عبد الفتاح السيسي قرارات العفو.",
        "عمر البشير");
    assertEquals("الرئيسان السوداني", o.role());
    assertEquals("SD", o.country());
  }

  @Test
  void aDualTitleCoversTwoNamesJoinedByAnd() {
    assertEquals(List.of("العبيدي", "كارتر"), names("وقالت الوزارة في بيان إن الوزيرين العبيدي وكارتر بحثا سبل التعاون."));
  }

  @Test
  void aGovernorsStateFollowsHisTitleAndTheNextItemOfAListIsNotHisName() {
    List<Official> found = officials("وانتقدت المرشحة دونالد ترامب، وسكوت ووكر حاكم ويسكونسن، وريك بيري حاكم تكساس السابق.");
    assertEquals(List.of("ريك بيري"), found.stream().map(Official::name).toList());
    assertEquals("حاكم تكساس السابق", found.get(0).role());
  }

  @Test
  void anAdverbTheFinderReadIntoANameIsCutOff() {
    assertEquals(List.of("نجوغونا"), names("وقدم رئيس اللجنة الفرعية السيد نجوغونا تقريرا عن التقدم المحرز."));
  }

  @Test
  void aTitleBehindAGluedPrepositionTakesNoNameBeforeIt() {
    List<String> found = names("من جانبه قدم الدكتور ماجد القصبي شكره وتقديره لرئيس مدينة الملك عبدالعزيز للعلوم "
        + "والتقنية على زيارته.");
    assertTrue(found.stream().noneMatch(n -> n.contains("شكره") || n.contains("تقديره")), found.toString());
  }

  @Test
  void aCapitalBehindAGluedPrepositionShowsTheHomeState() {
    List<Official> found = officials("التقى وزير العمل الدكتور مفرج بن سعد الحقباني أمس وزير العدل الدكتور وليد بن محمد "
        + "الصمعاني في مقر الوزارة بالرياض.");
    assertEquals(List.of("SA", "SA"), found.stream().map(Official::country).toList());
  }
}
