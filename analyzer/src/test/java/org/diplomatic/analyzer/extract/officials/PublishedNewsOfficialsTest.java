package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The title rules with the shipped name models on sentences written as agencies write them. */
class PublishedNewsOfficialsTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));
  private static OfficialsExtractor extractor;

  @BeforeAll
  static void loadShippedModels() {
    extractor = OfficialsExtractor.load(ROOT.resolve("models/ner"));
  }

  private static List<String> names(String text, Language lang) {
    return extractor.extract(text, TestSentences.of(text), lang).stream().map(Official::name).toList();
  }

  @Test
  void aNameEndsWhereTheFinderEndsItBeforeAnEverydayWord() {
    assertEquals(List.of("جون كيري"),
        names("شهدت القاهرة أمس حوارا مع وزير الخارجية الأميركي جون كيري بحثت خلاله الملفات الأمنية.",
            Language.ARABIC));
    assertEquals(List.of("عبدالله البدري"),
        names("توقع الأمين العام لأوبك عبدالله البدري استقرار أسعار النفط العام المقبل.", Language.ARABIC));
  }

  @Test
  void aRareSurnameTheFinderLeftOutStaysInTheName() {
    assertEquals(List.of("محمد سامر الأتاسي"),
        names("التقى وزير الطاقة السوري محمد سامر الأتاسي في بيروت اليوم نظيره اللبناني.", Language.ARABIC));
  }

  private static Official only(String text) {
    List<Official> found = extractor.extract(text, TestSentences.of(text), Language.ARABIC);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void anAmbassadorOfTheKingServesTheKingsStateNotTheHostState() {
    Official o = only("استقبل سفير خادم الحرمين الشريفين في لبنان علي عواض عسيري أمس وفدا من رجال الأعمال.");
    assertEquals("علي عواض عسيري", o.name());
    assertEquals("سفير خادم الحرمين الشريفين في لبنان", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aStateGluedToBiAfterTheRoleGivesTheCountry() {
    Official o = only("واستقبل الشيخ عبدالله بن زايد آل نهيان وزير الخارجية بدولة الإمارات العربية المتحدة الوفد.");
    assertEquals("وزير الخارجية بدولة الإمارات العربية المتحدة", o.role());
    assertEquals("AE", o.country());
  }

  @Test
  void anAppositionAfterTheNameGivesTheCountryOfABareTitle() {
    List<Official> found = extractor.extract("استقبل الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية أمس الوزير.",
        TestSentences.of("استقبل الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية أمس الوزير."), Language.ARABIC);
    assertEquals("فرانسوا هولاند", found.get(0).name());
    assertEquals("الرئيس", found.get(0).role());
    assertEquals("FR", found.get(0).country());
  }

  @Test
  void aStatesNewsAgencyReportsItsOwnMinister() {
    Official o = only("ونقلت وكالة الأنباء الجزائرية عن وزير الطاقة صالح خبري قوله إن المشاورات جارية.");
    assertEquals("DZ", o.country());
  }

  @Test
  void aSignatoryForOneSideServesThatSide() {
    Official o = only("وقّع الاتفاقية عن الجانب الروسي مدير الشركة فلادمير جوكف.");
    assertEquals("RU", o.country());
  }

  @Test
  void aTitleAfterAndIsAnotherPersonsNotTheNameBeforeIt() {
    List<Official> found = extractor.extract("عقد الأمير محمد بن سلمان ووزير الدفاع الأميركي اجتماعا موسعا.",
        TestSentences.of("عقد الأمير محمد بن سلمان ووزير الدفاع الأميركي اجتماعا موسعا."), Language.ARABIC);
    assertEquals(List.of(), found);
  }

  @Test
  void theRoleRunsOnToTheHonorificBeforeTheName() {
    Official o = only("ترأس وكيل إمارة الباحة الدكتور حامد بن مالح الشمري اجتماعا موسعا.");
    assertEquals("حامد بن مالح الشمري", o.name());
    assertEquals("وكيل إمارة الباحة", o.role());
  }

  @Test
  void aGluedHonorificBetweenOpensAnotherPerson() {
    List<Official> found = extractor.extract("جاء ذلك خلال استقبال الرئيس المصري لصاحب السمو الملكي الأمير محمد بن سلمان.",
        TestSentences.of("جاء ذلك خلال استقبال الرئيس المصري لصاحب السمو الملكي الأمير محمد بن سلمان."),
        Language.ARABIC);
    assertEquals(List.of(), found.stream().filter(o -> "EG".equals(o.country())).toList());
  }

  @Test
  void aliAkbarIsACompoundGivenNameNotThePrepositionAndAWordOfComparison() {
    Official o = only("وفي السياق النووي كذب رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي أي اتفاق منفصل"
        + " بين إيران وأمريكا.");
    assertEquals("علي أكبر صالحي", o.name());
    assertEquals("رئيس منظمة الطاقة الذرية الإيرانية", o.role());
    assertEquals("IR", o.country());
  }

  @Test
  void aCounterpartNamedBetweenCommasIsAnOfficialOfTheNationalityBeforeIt() {
    Official o = only("وأوضح الوزير، خلال مؤتمر صحافي عقد مع نظيره المصري، سامح شكري، في جدة أمس، أن الموقف لن يتغير.");
    assertEquals("سامح شكري", o.name());
    assertEquals("EG", o.country());
    assertEquals(List.of("فريدون سينيرلي أوغلو"),
        names("وقال الوزير عنه مع نظيره التركي، فريدون سينيرلي أوغلو، في أنقرة.", Language.ARABIC));
    assertEquals(List.of(), names("إلا أن نظيره البريطاني، بشكل عام، يتحدث بهدوء.", Language.ARABIC));
  }

  @Test
  void theSecondHolderOfADualTitleFollowsTheFirstAfterAndTheOffice() {
    List<Official> found = extractor.extract(
        "وفي 16 يوليو الماضي وصل وزيرا النقل بدر باسلمة، والداخلية عبده الحذيفي، إضافة إلى نائب وزير الصحة إلى مطار عدن.",
        TestSentences.of(
            "وفي 16 يوليو الماضي وصل وزيرا النقل بدر باسلمة، والداخلية عبده الحذيفي، إضافة إلى نائب وزير الصحة إلى مطار عدن."),
        Language.ARABIC);
    assertEquals(List.of("بدر باسلمة", "عبده الحذيفي"), found.stream().map(Official::name).toList());
    assertEquals("وزيرا النقل", found.get(0).role());
    assertEquals(null, found.get(1).role());
  }

  @Test
  void aBarePresidentInAKingdomsNewsIsNotGivenTheKingdom() {
    String text = "الرياض - واس: استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وزير الدفاع."
        + " وبحثت المحادثات رسالة من الرئيس باراك أوباما حول الاتفاق.";
    List<Official> found = extractor.extract(text, TestSentences.of(text), Language.ARABIC);
    Official obama = found.stream().filter(o -> o.name().equals("باراك أوباما")).findFirst().orElseThrow();
    assertEquals("الرئيس", obama.role());
    assertEquals(null, obama.country());
  }
}
