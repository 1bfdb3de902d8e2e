package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
  private static final TextNormalizer BASE = TextNormalizer.base();
  private static final TextNormalizer FOLD = TextNormalizer.folding();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource({
    "مُحَمَّد, محمد, harakat and shadda removed",
    "وزيـــر, وزير, tatweel removed",
    "٢٠٢٥, 2025, Arabic-Indic digits",
    "۱۴۰۳, 1403, Persian digits",
    "١٬٥٠٠٫٥, '1,500.5', Arabic separators",
    "۱٬۵۰۰٫۵, '1,500.5', Persian digits with Arabic separators",
    "٪۲۰, %20, Arabic percent sign",
    "یک, يك, Persian yeh and keheh unified with Arabic",
    "می‌شود, مي‌شود, ZWNJ kept",
    "ﻻ, لا, lam-alef ligature decomposed",
    "ﷲ, الله, Allah ligature decomposed",
    "أحمد, أحمد, BASE keeps hamza on alef",
    "فاطمة, فاطمة, BASE keeps teh marbuta",
  })
  void baseRules(String in, String out, String rule) {
    assertEquals(out, BASE.apply(in));
  }

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource({
    "أحمد, احمد, alef with hamza above",
    "إيران, ايران, alef with hamza below",
    "آمال, امال, alef with madda",
    "مستشفى, مستشفي, alef maqsura",
    "فاطمة, فاطمه, teh marbuta",
    "خانهٔ, خانه, the ezafe hamza mark is removed like other marks",
    "همکاری‌ها, همكاري‌ها, folding keeps ZWNJ",
  })
  void foldRules(String in, String out, String rule) {
    assertEquals(out, FOLD.apply(in));
  }

  @Test
  void mapsNormalizedSpansBackToTheOriginal() {
    String original = "وزيـــر الاتّصالات ٢٠";
    NormalizedText n = FOLD.normalize(original);
    assertEquals("وزير الاتصالات 20", n.normalized());
    int at = n.normalized().indexOf("الاتصالات");
    Span span = n.toOriginal(at, at + "الاتصالات".length());
    assertEquals("الاتّصالات", span.in(original));
    int digits = n.normalized().indexOf("20");
    assertEquals("٢٠", n.toOriginal(digits, digits + 2).in(original));
  }

  @Test
  void expandsLigaturesWithBothCharactersPointingAtTheLigature() {
    NormalizedText n = BASE.normalize("ﻻ بد");
    assertEquals("لا بد", n.normalized());
    assertEquals(new Span(0, 1), n.toOriginal(0, 2));
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertEquals("", FOLD.apply(""));
    assertEquals("", FOLD.normalize("").normalized());
  }

  @Test
  void randomUnicodeNeverBreaksTheOffsetMap() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 40; k++) {
        sb.append((char) (random.nextBoolean() ? 0x0600 + random.nextInt(0x100) : random.nextInt(0xFFFF)));
      }
      String original = sb.toString();
      NormalizedText n = FOLD.normalize(original);
      for (int i = 0; i < n.normalized().length(); i++) {
        Span s = n.toOriginal(i, i + 1);
        assertEquals(true, s.start() >= 0 && s.end() <= original.length() && s.start() < s.end());
      }
    }
  }
}
