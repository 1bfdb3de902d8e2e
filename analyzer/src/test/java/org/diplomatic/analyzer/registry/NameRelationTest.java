package org.diplomatic.analyzer.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRelationTest {
  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
      // Arabic and Persian letters, ZWNJ, hamza, teh marbuta, spacing of عبد
      "عباس عراقجي, عباس عراقچی, SAME",
      "محمود احمدي نژاد, محمود احمدي‌نژاد, SAME",
      "علي أكبر صالحي, علی‌اکبر صالحی, SAME",
      "حمود بن عليثة الحربي, حمود عليثه الحربي, SAME",
      "عبد الفتاح السيسي, عبدالفتاح السيسي, SAME",
      "بشار الأسد, بشار اسد, SAME",
      "تميم بن حمد ال ثاني, تميم بن حمد آل ثانی, SAME",
      "فلاديمير بوتين, ولادیمیر پوتین, SAME",
      "سيرجي لافروف, سيرغي لافروف, SAME",
      "محمد ن زاید آل نهیان, محمد بن زايد آل نهيان, SAME",
      // short forms: the surname, or the start of the name
      "الجبير, عادل بن أحمد الجبير, SHORTER",
      "عادل الجبير, عادل بن أحمد الجبير, SHORTER",
      "نواز شریف, محمد نواز شريف, SHORTER",
      "محمد بن سلمان, محمد بن سلمان بن عبدالعزيز آل سعود, SHORTER",
      "سلمان, سلمان بن عبدالعزيز, SHORTER",
      "جرج بوش, بوش, LONGER",
      // different people
      "سعود الفيصل, خالد الفيصل بن عبدالعزيز, NONE",
      "سلمان بن عبدالعزيز, فيصل بن سلمان بن عبدالعزيز, NONE",
      "سلمان, محمد بن سلمان, NONE",
      "محمد بن سلمان, محمد بن نايف بن عبدالعزيز, NONE",
      "محمود عباس, محمد عباس, NONE",
      "سعد الحربي, سعيد الحربي, NONE"})
  void relatesSpellingsOfOneName(String a, String b, NameRelation expected) {
    assertEquals(expected, NameRelation.of(PersonName.of(a), PersonName.of(b)));
  }

  @Test
  void dropsParticlesAndJoinsAbdToTheNextPart() {
    PersonName name = PersonName.of("عبد الله بن زايد آل نهيان");
    assertEquals(List.of("عبدالله", "زايد", "نهيان"), name.parts());
    assertEquals(true, name.surnamed());
    assertEquals(false, PersonName.of("محمد بن نايف بن عبد العزيز").surnamed());
  }

  @Test
  void anEmptyOrPunctuationOnlyNameHasNoParts() {
    assertEquals(List.of(), PersonName.of("").parts());
    assertEquals(List.of(), PersonName.of(" « » ").parts());
    assertEquals(NameRelation.NONE, NameRelation.of(PersonName.of(""), PersonName.of("بوش")));
  }
}
