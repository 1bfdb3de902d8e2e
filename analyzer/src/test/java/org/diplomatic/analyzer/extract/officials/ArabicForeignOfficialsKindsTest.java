package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The kinds the fourth sample of unseen Arabic news got wrong (unseen-sample-3.tsv): a home state shown only by a
 * capital, names run into an object behind a glued preposition or after a preposition with a pronoun, appointments,
 * parks named after kings, titles the tables lacked (emirates, deanships, parties, police, senators), a venue read into
 * the office, a province after its noun, "formerly" before the name.
 */
class ArabicForeignOfficialsKindsTest {
  private static List<String> names(String text) {
    return ShippedOfficials.names(text, Language.ARABIC);
  }

  private static Official named(String text, String name) {
    return ShippedOfficials.named(text, name, Language.ARABIC);
  }

  @Test
  void aCapitalInTheHeadingIsTheHomeOfBareTitles() {
    Official o = named("واشنطن تندد بالنفوذ الإيراني\nوقال وزير الخارجية جون كيري إن الاتفاق مع إيران تاريخي.",
        "جون كيري");
    assertEquals("وزير الخارجية", o.role());
    assertEquals("US", o.country());
  }

  @Test
  void aNounWithAPronounBehindAGluedPrepositionEndsTheName() {
    Official o = named("اتصل الرئيس الأميركي بنظيره الصيني شي جينبينغ لشكره على دور بكين.", "شي جينبينغ");
    assertNull(o.role());
    assertEquals("CN", o.country());
  }

  @Test
  void aCounterpartWithAPronounBehindAGluedPrepositionEndsTheName() {
    assertEquals(List.of("سامح شكري", "فيسنا بوسيتش"),
        names("وبحث وزير الخارجية المصري سامح شكري مع نظيرته الكرواتية فيسنا بوسيتش بنظيرها في القاهرة أمس."));
  }

  @Test
  void aDefiniteObjectBeforeAPrepositionEndsTheName() {
    Official o = named("ودعا والد الرهينة السلطات الفرنسية والرئيس فرنسوا هولاند التعاون مع مصر.", "فرنسوا هولاند");
    assertEquals("الرئيس", o.role());
    assertEquals("FR", o.country());
  }

  @Test
  void aPrepositionWithAPronounBeforeTheNameEndsTheVerb() {
    Official o = named("وهو الطلب الذي تقدم به عبد الرزاق مقري رئيس حركة مجتمع السلم الجزائرية، عندما التقى الوزير.",
        "عبد الرزاق مقري");
    assertEquals("رئيس حركة مجتمع السلم الجزائرية", o.role());
    assertEquals("DZ", o.country());
  }

  @Test
  void anAccusativeTitleBeforeAGluedLamTakesNoNameAfterIt() {
    assertEquals(List.of(), names("وتم تعيين بختي بلعايب وزيرا للتجارة خلفا لعمارة بن يونس."));
  }

  @Test
  void aParkNamedAfterAKingNamesNoOfficial() {
    assertEquals(List.of(), names("وشهدت متنزهات الملك عبدالله في الطائف إقبالا كبيرا من الزوار."));
  }

  @Test
  void aSenatorsSeatIsATitle() {
    Official o = named("واستمعت اللجنة برئاسة السناتور جون ماكين إلى وزير الدفاع.", "جون ماكين");
    assertEquals("السناتور", o.role());
  }

  @Test
  void aRegionalEmiratesDeputyReachesHisName() {
    Official o = named("حضر الاستقبال وكيل إمارة منطقة الرياض عبدالله القرني.", "عبدالله القرني");
    assertEquals("وكيل إمارة منطقة الرياض", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aNationalityWordAfterAnAcademicHonorificIsAGivenName() {
    Official o = named("وشدد وكيل عمادة القبول والتسجيل بجامعة الدمام، الدكتور تركي العنزي، على الطلاب المستجدين.",
        "تركي العنزي");
    assertEquals("وكيل عمادة القبول والتسجيل بجامعة الدمام", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void aPlaceFollowedByTheDayIsWhereTheNewsHappenedNotTheOffice() {
    Official o = named("التقى صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع في جدة أمس الرئيس "
        + "رمضان قاديروف.", "محمد بن سلمان");
    assertEquals("ولي ولي العهد وزير الدفاع", o.role());
  }

  @Test
  void aProvinceAfterItsNounContinuesABodysRole() {
    Official o = named("حضر الحفل وكيل إمارة منطقة عسير سليمان بن محمد الجريش ومدير شرطة منطقة عسير اللواء محمد بن "
        + "عبدالله أبو قرنين.", "محمد بن عبدالله أبو قرنين");
    assertEquals("مدير شرطة منطقة عسير", o.role());
    assertEquals("SA", o.country());
  }

  @Test
  void formerlyAfterAnOfficeStaysOutOfTheName() {
    assertEquals(List.of("محمد الزيد"), names("وحضر الحفل ووكيل إمارة منطقة عسير سابقا محمد الزيد، ومديرو الإدارات."));
  }
}
