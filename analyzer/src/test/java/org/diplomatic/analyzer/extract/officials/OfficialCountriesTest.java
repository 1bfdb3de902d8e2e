package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.Test;

/** The state an Arabic official serves, read from sentences written as agencies write them. */
class OfficialCountriesTest {
  private static List<Official> officials(String text) {
    return ShippedOfficials.officials(text, Language.ARABIC);
  }

  private static Official named(String text, String name) {
    return ShippedOfficials.named(text, name, Language.ARABIC);
  }

  @Test
  void aRepresentativesPostAtAnInternationalBodyIsNotHisState() {
    Official o = named("وحضر اللقاء مندوب المملكة الدائم لدى جامعة الدول العربية أحمد بن عبدالعزيز قطان.",
        "أحمد بن عبدالعزيز قطان");
    assertEquals("مندوب المملكة الدائم لدى جامعة الدول العربية", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void anAmbassadorsPostMayBeAStatesFormalName() {
    Official o = named("وحضر اللقاء سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية أحمد بن عبدالعزيز قطان.",
        "أحمد بن عبدالعزيز قطان");
    assertEquals("سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aChargeDAffairesOfTheKingsEmbassyServesTheKing() {
    Official o = named("وحضر الجلسة القائم بأعمال سفارة خادم الحرمين الشريفين لدى فرنسا الدكتور علي القرني.",
        "علي القرني");
    assertEquals("SA", o.country());
  }

  @Test
  void theKingsTitleWrittenShortStillNamesHisState() {
    assertEquals("SA", named("وأشاد أحمد قطان، سفير خادم الحرمين في مصر، بعمق العلاقات.", "أحمد قطان").country());
  }

  @Test
  void aRulingHousesFamilyNameGivesItsState() {
    Official o = named("ورفع السفير برقية إلى صاحب السمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية أمس.",
        "عبدالله بن زايد آل نهيان");
    assertEquals("AE", o.country());
  }

  @Test
  void theSecretaryGeneralOfTheGulfCouncilServesNoState() {
    Official o = named("وأكد الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني دعم دول المجلس للمملكة.",
        "عبداللطيف بن راشد الزياني");
    assertEquals(null, o.country());
  }

  @Test
  void israelsAdjectiveNamesItsState() {
    assertEquals("IL", named("ويسعى رئيس الوزراء الإسرائيلي بنيامين نتنياهو لإفشال الاتفاق.", "بنيامين نتنياهو")
        .country());
  }

  @Test
  void aSideOpenedAfterAndListsThatSidesOfficials() {
    String text = "وحضر اللقاء مساعد وزير الدفاع محمد العايش. ومن الجانب الأمريكي رئيس الأركان بمكتب وزير الدفاع"
        + " إريك روزينباخ.";
    assertEquals("US", named(text, "إريك روزينباخ").country());
  }

  @Test
  void aCounterpartIsThePartnerOfTheOfficialTheSentenceNamesBeforeIt() {
    String text = "خادم الحرمين الشريفين يبعث رسالة\nويلتقي الوزير عادل الجبير الرئيس الروسي فلاديمير بوتين. "
        + "وسيعقد الجبير مع نظيره سيرجي لافروف جلسة مباحثات.";
    assertEquals("RU", named(text, "سيرجي لافروف").country());
  }

  @Test
  void anOfficialJoinedByAndToAForeignOfficialServesTheSameState() {
    String text = "استقبل مدير عام السجون اليوم مستشار وزير العدل التركي بصري باغجي ومدير عام السجون ودور التوقيف"
        + " أنيس بيلدريم والوفد المرافق لهما.";
    assertEquals("TR", named(text, "أنيس بيلدريم").country());
  }

  @Test
  void theLeaderOfTheIslamicRepublicIsATitle() {
    Official o = named("وانتقد المسؤول خطبة مرشد الجمهورية الإسلامية الإيرانية علي خامنئي التي تناولت الاتفاق.",
        "علي خامنئي");
    assertEquals("مرشد الجمهورية الإسلامية الإيرانية", o.role());
    assertEquals("IR", o.country());
  }

  @Test
  void withNoHomeShownOfficialsServeTheStateTheTextIsAbout() {
    String text = "الحكومة اليمنية تعود إلى عدن\nوصل وزير حقوق الإنسان عزالدين الأصبحي إلى عدن أمس، وقال إن اليمن"
        + " يستعيد مؤسساته.";
    assertEquals("YE", named(text, "عزالدين الأصبحي").country());
  }
}
