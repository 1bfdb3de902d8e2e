package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void theExactVariantStripsNothingButTheZwnj() throws IOException {
    assertEquals(List.of("والاتصالات", "همكاريها"),
        terms(new ArabicPersianAnalyzer(false), "والاتصالات همکاری‌ها"));
  }

  private static List<String> light(String text) throws IOException {
    return terms(new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT), text);
  }

  @ParameterizedTest
  @CsvSource({
      "کشور, كشور", "کشورها, كشور", "کشورهای, كشور", "کشور‌ها, كشور", "کشور‌های, كشور", "کشورهایی, كشور",
      "همکاری, همكار", "همکاری‌ها, همكار", "همکاری‌های, همكار", "همکاریهای, همكار", "همکاری‌هایشان, همكار",
      "نماینده, نمايند", "نمایندگان, نمايند", "کارشناسان, كارشناس", "دانشجویان, دانشجو", "مذاکرات, مذاكر",
      "مذاکره, مذاكر", "سازمان‌ها, سازمان"})
  void reducesPersianPluralsToTheTermOfTheSingular(String word, String term) throws IOException {
    assertEquals(List.of(term), light(word));
  }

  @ParameterizedTest
  @CsvSource({"تنها, تنها", "ایران, ايران", "ایرانی, ايران", "ایرانیان, ايران", "استان‌ها, استان",
      "کردستان, كردستان", "رایگان, رايگان", "ملاقات, ملاقات", "لبنان, لبنان", "اللبناني, لبنان", "العماني, عمان"})
  void keepsWordsThatOnlyEndLikeAPluralWholeSoTheirDerivedFormsMeetThem(String word, String term)
      throws IOException {
    assertEquals(List.of(term), light(word));
  }

  @Test
  void zwnjAndSpaceAndNoSpaceSpellingsOfAPersianCompoundAreOneTerm() throws IOException {
    ArabicPersianAnalyzer exact = new ArabicPersianAnalyzer(false);
    assertEquals(List.of("ميشود", "ميشود", "ميشود", "نميشود", "نميشود"),
        terms(exact, "می‌شود میشود می شود نمی‌شود نمی شود"));
    assertEquals(List.of("بينالمللي", "بينالمللي"), terms(exact, "بین‌المللی بینالمللی"));
    assertEquals(List.of("بينالملل", "بينالملل"), light("بین‌المللی بینالمللی"));
  }

  @Test
  void joinsTheVerbPrefixOnlyToTheWordRightAfterIt() throws IOException {
    ArabicPersianAnalyzer exact = new ArabicPersianAnalyzer(false);
    try (TokenStream ts = exact.tokenStream("body", "گفت: می شود.")) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      List<String> out = new ArrayList<>();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + position.getPositionIncrement());
      }
      ts.end();
      assertEquals(List.of("گفت@0-3+1", "ميشود@5-11+1"), out);
    }
    assertEquals(List.of("مي", "شود"), terms(exact, "می، شود"));
    assertEquals(List.of("مي"), terms(exact, "می"));
    assertEquals(List.of("مي", "نميشود"), terms(exact, "می نمی شود"));
  }

  @Test
  void handlesEmptyInput() throws IOException {
    assertEquals(List.of(), light(""));
    assertEquals(List.of(), light(" \u200C "));
  }
}
