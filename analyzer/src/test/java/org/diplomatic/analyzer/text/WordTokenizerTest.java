package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
  private final WordTokenizer tokenizer = new WordTokenizer();

  private List<String> tokens(String text) {
    List<Token> tokens = tokenizer.tokenize(text, new Sentence(text, 0, text.length()));
    for (Token t : tokens) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
    return tokens.stream().map(Token::text).toList();
  }

  @Test
  void keepsZwnjJoinedPersianWordsWhole() {
    assertEquals(
        List.of("همکاری‌ها", "در", "حوزه", "ارتباطات", "گسترش", "می‌یابد", "."),
        tokens("همکاری‌ها در حوزه ارتباطات گسترش می‌یابد."));
  }

  @Test
  void keepsNumbersWithTheirSeparatorsInEveryScript() {
    assertEquals(
        List.of("۱٬۵۰۰٫۵", "میلیارد", "ریال", "و", "1,500.5", "دلار", "،", "٢٠٫٥", "٪"),
        tokens("۱٬۵۰۰٫۵ میلیارد ریال و 1,500.5 دلار، ٢٠٫٥٪"));
  }

  @Test
  void splitsPunctuationAndQuotesOff() {
    assertEquals(
        List.of("گفت", ":", "«", "توافق", "شد", "»", "."), tokens("گفت: «توافق شد»."));
  }

  @Test
  void formsAreFoldedForMatching() {
    String text = "كه همکاری";
    List<Token> t = tokenizer.tokenize(text, new Sentence(text, 0, text.length()));
    assertEquals(List.of("كه", "همكاري"), t.stream().map(Token::form).toList());
  }

  @Test
  void aTatweelUsedAsADashIsNoToken() {
    assertEquals(List.of("وقال", "الوزير", "في", "تصريح", "إن", "البلدين", "سيوقعان", "الاتفاقية", "."),
        tokens("وقال الوزير ـ في تصريح ـــ إن البلدين سيوقعان الاتفاقية."));
  }

  @Test
  void bidiMarksTheBomAndQuranicSignsAreNoTokens() {
    assertEquals(List.of("قال", "الوزير", "إن", "التعاون", "سيتوسع", "."),
        tokens("قال \u200F الوزير \u202B إن \u2067التعاون\u2069 \uFEFF سيتوسع ۝ ."));
  }

  @Test
  void tatweelInsideAWordStaysInIt() {
    assertEquals(List.of("الـوزير", "قـال"), tokens("الـوزير قـال"));
  }
}
