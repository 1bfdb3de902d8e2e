package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomatic.analyzer.text.Token;
import org.junit.jupiter.api.Test;

class NameTokenizerTest {
  private final NameTokenizer tokenizer = new NameTokenizer();

  private List<String> words(String text) {
    return tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
  }

  @Test
  void splitsPunctuationOffWords() {
    assertEquals(List.of("قال", "هاشمي", ":", "«", "نعم", "»", "."), words("قال هاشمي: «نعم»."));
  }

  @Test
  void keepsZwnjInsidePersianWords() {
    assertEquals(List.of("نوروزی\u200Cفرد", "گفت", "،"), words("نوروزی\u200Cفرد گفت،"));
  }

  @Test
  void keepsDecimalNumbersWhole() {
    assertEquals(List.of("بلغ", "2.5", "مليار", "و", "٣٫٦"), words("بلغ 2.5 مليار و ٣٫٦"));
  }

  @Test
  void mapsTokensToOriginalOffsets() {
    String text = "التقى  وزير النفط،";
    List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
    assertEquals(7, tokens.get(1).start());
    assertEquals("وزير", text.substring(tokens.get(1).start(), tokens.get(1).end()));
    assertEquals("،", text.substring(tokens.get(3).start(), tokens.get(3).end()));
  }

  @Test
  void emptyInputHasNoTokens() {
    assertTrue(tokenizer.tokenize("", 0, 0).isEmpty());
    assertTrue(tokenizer.tokenize(" \n\u200C ", 0, 4).isEmpty());
  }

  @Test
  void dropsATatweelUsedAsADash() {
    assertEquals(List.of("وقال", "الوزير", "في", "تصريح", "."), words("وقال الوزير ـ في تصريح ـــ."));
  }

  @Test
  void keepsABidiMarkTypedForAZwnjInsideTheWordButSplitsAtOneBetweenWords() {
    assertEquals(List.of("حجت\u200Eالاسلام", "سیدعلی", "طاهری"), words("حجت\u200Eالاسلام سیدعلی \u200Eطاهری"));
    assertEquals(MatchFold.fold("حجت\u200Cالاسلام"), MatchFold.fold("حجت\u200Eالاسلام"));
  }
}
