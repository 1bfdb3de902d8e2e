package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArabicSegmenterTest {
  private static ArabicSegmenter segmenter;

  @BeforeAll
  static void loadOnce() {
    segmenter = new ArabicSegmenter();
  }

  private List<Token> tokens(String text) {
    return segmenter.tokenize(text, new Sentence(text, 0, text.length()));
  }

  @Test
  void splitsConjunctionAndPronounCliticsWithOffsetsIntoTheOriginal() {
    String text = "وقال الوزير إن بلاده ستستثمر في الاتصالات.";
    List<Token> tokens = tokens(text);
    assertEquals(
        List.of("و", "قال", "الوزير", "إن", "بلاد", "ه", "س", "تستثمر", "في", "الاتصالات", "."),
        tokens.stream().map(Token::text).toList());
    for (Token t : tokens) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void formsAreFoldedSurfaceStaysAsWritten() {
    List<Token> tokens = tokens("وأكد السفير");
    assertEquals(List.of("و", "أكد", "السفير"), tokens.stream().map(Token::text).toList());
    assertEquals(List.of("و", "اكد", "السفير"), tokens.stream().map(Token::form).toList());
  }

  @Test
  void offsetsAreRelativeToTheDocumentNotTheSentence() {
    String doc = "عنوان.\nوبحث الجانبان الربط الكهربائي.";
    Sentence second = new Sentence("وبحث الجانبان الربط الكهربائي.", 7, doc.length());
    List<Token> tokens = segmenter.tokenize(doc, second);
    assertEquals("و", tokens.get(0).text());
    assertEquals(7, tokens.get(0).start());
    assertEquals("بحث", doc.substring(tokens.get(1).start(), tokens.get(1).end()));
  }
}
