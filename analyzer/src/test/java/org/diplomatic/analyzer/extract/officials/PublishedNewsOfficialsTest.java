package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The title rules with the shipped name models on sentences written as agencies write them. */
class PublishedNewsOfficialsTest {
  private static OfficialsExtractor extractor;

  @BeforeAll
  static void loadShippedModels() {
    extractor = ShippedOfficials.extractor();
  }

  private static List<String> names(String text, Language lang) {
    return ShippedOfficials.names(text, lang);
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
    return ShippedOfficials.only(text, Language.ARABIC);
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

  @Test
  void anEverydayNounAnnexedToTheTitleCarriesTheRoleOnToTheName() {
    Official o = only("وأوضح مدير عام برنامج الصادرات السعودية أحمد بن محمد الغنام أن الاتفاقية تأتي ضمن أهداف البرنامج.");
    assertEquals("أحمد بن محمد الغنام", o.name());
    assertEquals("مدير عام برنامج الصادرات السعودية", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aTitleAfterLiWithTheArticlesAlefDroppedIsATitle() {
    Official o = only("وأكد أنه لا مكان للرئيس بشار الأسد في مستقبل سوريا.");
    assertEquals("بشار الأسد", o.name());
    assertEquals("الرئيس", o.role());
  }

  @Test
  void aCountrysNameInsideANameTheFinderMarkedStaysInTheName() {
    assertEquals(List.of("رفائيل كوريا دلجادو"),
        names("وأعرب الملك عن أصدق التهاني للرئيس رفائيل كوريا دلجادو، ولحكومة وشعب جمهورية الإكوادور.",
            Language.ARABIC));
  }

  @Test
  void anEnvoyIsSentToAPostThatIsNotHisState() {
    Official o = only("ودعا الرئيس اليمني مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد إلى زيارة عدن.");
    assertEquals("إسماعيل ولد الشيخ أحمد", o.name());
    assertEquals("مبعوث الأمين العام للأمم المتحدة إلى اليمن", o.role());
    assertEquals(null, o.country());
  }

  @Test
  void aPersonBlessedAsDeadHoldsNoOffice() {
    assertEquals(List.of(), names("وتضمنت الهدايا لوحة للملك فيصل بن عبدالعزيز - رحمه الله - ومعرضا للصور.",
        Language.ARABIC));
  }

  @Test
  void aTitleJoinedByAndOrAPrepositionAfterANameIsAnotherPersonsNotAnApposition() {
    String text = "مؤتمر صحافي مشترك للوزيرين\nعقد وزير الخارجية عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني"
        + " مؤتمرا صحافيا.";
    Official jubeir = extractor.extract(text, TestSentences.of(text), Language.ARABIC).get(0);
    assertEquals("عادل الجبير", jubeir.name());
    assertEquals(null, jubeir.country());
    text = "وسلم الوزير رسالة من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز للرئيس الروسي.";
    assertEquals("SA", extractor.extract(text, TestSentences.of(text), Language.ARABIC).get(0).country());
  }

  @Test
  void anAnnexedNounAfterAndBeforeATitleOpensAnotherPerson() {
    String text = "وأشار إلى توجيهات خادم الحرمين الشريفين وأخيه الرئيس عبدالفتاح السيسي بتطوير العلاقات.";
    Official sisi = extractor.extract(text, TestSentences.of(text), Language.ARABIC).stream()
        .filter(o -> o.name().equals("عبدالفتاح السيسي")).findFirst().orElseThrow();
    assertEquals("الرئيس", sisi.role());
  }

  @Test
  void theDatelinesPlaceGivesTheHomeStateWhenTheHeadingNamesNone() {
    String text = "متدربون يستمعون إلى محاضرة عن العمل الصحفي\nعيسى الحربي- سبق- الرياض: تحدث المدير العام للتعليم"
        + " محمد المرشد أمام المتدربين.";
    Official o = extractor.extract(text, TestSentences.of(text), Language.ARABIC).stream()
        .filter(f -> f.name().equals("محمد المرشد")).findFirst().orElseThrow();
    assertEquals("SA", o.country());
  }

  @Test
  void aKingMournedOnceHoldsNoOfficeAtHisOtherMentions() {
    assertEquals(List.of(), names("أسس الملك فيصل بن عبدالعزيز - رحمه الله - الجامعة. وكان الملك فيصل يزورها كل عام.",
        Language.ARABIC));
  }

  @Test
  void aBlessingForTheLivingIsNoName() {
    String text = "وقدم شكره لخادم الحرمين الشريفين وسمو ولي العهد وسمو ولي ولي العهد - حفظهم الله - على دعمهم.";
    assertEquals(List.of(), names(text, Language.ARABIC));
  }
}
