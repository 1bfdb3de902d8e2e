package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Officials in sentences written as the Saudi papers write them, of the kinds a sample of unseen articles got wrong
 * (corpus/real/README.md, "Officials on unseen Arabic news"): mayors, governorates, words that end or open no name.
 */
class UnseenArabicNewsOfficialsTest {
  private static OfficialsExtractor extractor;

  @BeforeAll
  static void loadShippedModels() {
    extractor = ShippedOfficials.extractor();
  }

  private static List<Official> officials(String text) {
    return ShippedOfficials.officials(text, Language.ARABIC);
  }

  private static List<String> names(String text) {
    return ShippedOfficials.names(text, Language.ARABIC);
  }

  private static Official only(String text) {
    return ShippedOfficials.only(text, Language.ARABIC);
  }

  private static Official named(String text, String name) {
    return ShippedOfficials.named(text, name, Language.ARABIC);
  }

  @Test
  void aSaudiMayorsTitleIsAmeenAndHisCity() {
    Official o = named("وأكد أمين المدينة المنورة المهندس خالد طاهر أن الأعمال ستنتهي قبل موسم الحج.", "خالد طاهر");
    assertEquals("أمين المدينة المنورة", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aGovernorNamedByHisGovernorateServesSaudiArabia() {
    Official o = named("وكرم محافظ حفر الباطن عبدالمحسن العطيشان الجهات المشاركة في المهرجان.", "عبدالمحسن العطيشان");
    assertEquals("محافظ حفر الباطن", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aCommissionersTitleEndsTheNameBeforeIt() {
    assertTrue(names("ودعا وزير حقوق الإنسان عز الدين الأصبحي مفوض الأمم المتحدة السامي لحقوق الإنسان إلى زيارة عدن.")
        .contains("عز الدين الأصبحي"));
  }

  @Test
  void aKinshipNounEndsAName() {
    List<String> found = names("وقال يمنيون إن القائد عبد الخالق شقيق عبدالملك الحوثي زعيم الحوثيين لعب دورا كبيرا.");
    assertTrue(found.stream().noneMatch(n -> n.contains("شقيق")), found.toString());
  }

  @Test
  void aPresentVerbAfterATitleInAHeadlineIsNoName() {
    assertEquals(List.of(), names("نائب وزير الصحة يتفقد مستشفيات منطقة نجران"));
  }

  @Test
  void theWordAfterADetachedAbdStaysInTheName() {
    assertTrue(names("وشكر معالي وزير الشؤون البلدية والقروية المهندس عبد اللطيف بن عبد الملك بن عمر آل الشيخ على دعمه.")
        .contains("عبد اللطيف بن عبد الملك بن عمر آل الشيخ"));
  }

  @Test
  void aKingCalledLateBeforeHisNameHoldsNoOffice() {
    assertEquals(List.of(), names("ويتطرق المعرض إلى حياة الملك الراحل فيصل بن عبدالعزيز آل سعود وقصة كفاحه."));
  }

  @Test
  void theSecondHalfOfACompoundGivenNameIsNoSurname() {
    String text = "وقال وزير الإعلام محمد عبد الله إن المعرض سيفتتح غدا، سائلا الله التوفيق للجميع.";
    List<PersonMention> persons = extractor.persons(text, TestSentences.of(text), Language.ARABIC);
    assertTrue(persons.stream().noneMatch(p -> p.name().equals("الله")), persons.toString());
  }

  @Test
  void aRacetracksNameIsNoPerson() {
    assertTrue(names("وأوضح رئيس ميدان الحوراء للهجن مفلح الفايدي أن السباق يبدأ السبت.").stream()
        .noneMatch(n -> n.startsWith("ميدان")));
  }

  @Test
  void aTitleBeforeAnotherPrinceOfTheListIsTheNameBeforeIt() {
    String text = "حضر الاستقبال صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
        + "وزير الداخلية وصاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد.";
    assertEquals("ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية", named(text, "محمد بن نايف بن عبدالعزيز").role());
  }
  @Test
  void aBareWordAfterADefiniteBodyOpensTheName() {
    Official o = named("وأوضح المتحدث الرسمي باسم المركز رأفت الصباغ أن الطائرة وصلت.", "رأفت الصباغ");
    assertEquals("المتحدث الرسمي باسم المركز", o.role());
  }

  @Test
  void theGovernorateAnOfficeServesAfterFiStaysInTheRole() {
    Official o = named("وبين مدير التعليم في محافظة الدوادمي عبدالعزيز بن عبدالله المسند أن الجولات بدأت.",
        "عبدالعزيز بن عبدالله المسند");
    assertEquals("مدير التعليم في محافظة الدوادمي", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aPoliceSpokesmansProvinceAfterAGluedBodyStaysInTheRole() {
    Official o = named("وأوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي أن الجهات رصدت المقطع.",
        "عاطي بن عطية القرشي");
    assertEquals("الناطق الإعلامي بشرطة منطقة مكة المكرمة", o.role());
  }

  @Test
  void aHospitalsGeneralSupervisorIsAnOfficial() {
    Official o = named("واستمع من المشرف العام على مستشفى عسير المركزي الدكتور عبدالعزيز بن أحمد هيجان إلى شرح عن الحالات.",
        "عبدالعزيز بن أحمد هيجان");
    assertEquals("المشرف العام على مستشفى عسير المركزي", o.role());
  }
  @Test
  void aNounCarryingAPronounOpensNoName() {
    assertEquals(List.of("محمد الشدادي"),
        names("وكان في استقبال الطائرة لحظة وصولها محمد الشدادي نائب رئيس مجلس النواب."));
  }

  @Test
  void aBodysShortNameInQuotesIsNoHolder() {
    Official o = only("وحضر مدير عام صندوق تنمية الموارد البشرية \"هدف\" إبراهيم آل معيقل الحفل.");
    assertEquals("إبراهيم آل معيقل", o.name());
    assertEquals("مدير عام صندوق تنمية الموارد البشرية", o.role());
  }
  @Test
  void aCountysNameAfterAPoliceTitleIsNoPerson() {
    assertEquals(List.of(), names("قال قائد شرطة مقاطعة سانت لويس الأميركية إن الرجل أصيب بجروح خطيرة."));
  }

  @Test
  void anAccusativeTitleBeforeAGluedLamGoesToTheAppointeeBeforeIt() {
    Official o = named("ووفقا للمرسوم فقد عين هادي ، الدكتور أحمد مهدي فضيل ، محافظاً لمحافظة لحج.", "أحمد مهدي فضيل");
    assertEquals("محافظاً", o.role());
  }

  @Test
  void anAppointmentsNounBeforeTheNameIsNoPartOfIt() {
    assertEquals(List.of("نادر مطير"), names("وتقرر تعيين نادر مطير مديرًا لإدارة المشاريع بالشركة."));
  }
  @Test
  void whomAnOfficialSpokeToOnTheDayIsNoPartOfHisRole() {
    Official o = named("من جهته أفاد جون بلمار قائد الشرطة للصحافيين اليوم بأن الرجل نقل إلى المستشفى.", "جون بلمار");
    assertEquals("قائد الشرطة", o.role());
  }

  @Test
  void aGivenNameThatIsAlsoAnAdjectiveStaysBeforeBin() {
    String text = "تركي بن محمد بن فهد يستقبل السفير الأمريكي في الرياض.";
    List<PersonMention> persons = extractor.persons(text, TestSentences.of(text), Language.ARABIC);
    assertTrue(persons.stream().noneMatch(p -> p.name().startsWith("بن")), persons.toString());
  }
  @Test
  void anAppointmentsNounGluedToWaIsNoPartOfTheAppointeesName() {
    assertTrue(names("وشملت القرارات تحويل القسم إلى إدارة، وتكليف سعد بن إبراهيم الحتيرشي مديرًا لإدارة الميزانية.")
        .contains("سعد بن إبراهيم الحتيرشي"));
  }
}
