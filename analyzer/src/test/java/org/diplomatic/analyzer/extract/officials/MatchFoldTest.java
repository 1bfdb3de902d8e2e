package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchFoldTest {
  @ParameterizedTest
  @CsvSource({
    "إيران, ايران",
    "أبو, ابو",
    "آل, ال",
    "مصطفى, مصطفي",
    "ایرانی, ايراني",
    "کاظم‌پور, كاظمپور",
    "هيئة, هييه",
    "رئیس, رييس",
    "مؤسسة, موسسه",
    "وزيـــر, وزير",
    "مُحَمَّد, محمد",
  })
  void foldsSpellingVariantsForMatching(String written, String folded) {
    assertEquals(folded, MatchFold.fold(written));
  }
}
