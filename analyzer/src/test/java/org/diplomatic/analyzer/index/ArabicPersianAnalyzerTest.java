package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ArabicPersianAnalyzerTest {
  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void stripsProcliticsButKeepsWordsWhoseFirstLetterIsTheRoot() throws IOException {
    assertEquals(List.of("قال", "وزير", "اتصالات", "عراقي", "وفد", "لبنان"),
        terms(new ArabicPersianAnalyzer(true), "وقال وزير والاتصالات العراقي للوفد لبنان"));
  }

  @Test
  void foldsPersianLettersDigitsAndPluralSuffix() throws IOException {
    assertEquals(List.of("همكاري", "وزارت", "نيرو", "1404"),
        terms(new ArabicPersianAnalyzer(true), "همکاری‌ها وزارت نیرو ۱۴۰۴"));
  }

  @Test
  void theExactVariantStripsNothing() throws IOException {
    assertEquals(List.of("والاتصالات", "همكاري‌ها"),
        terms(new ArabicPersianAnalyzer(false), "والاتصالات همکاری‌ها"));
  }
}
