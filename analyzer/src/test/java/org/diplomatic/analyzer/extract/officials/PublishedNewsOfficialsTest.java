package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The title rules with the shipped name models on sentences written as agencies write them. */
class PublishedNewsOfficialsTest {
  private static final Path ROOT = Path.of(System.getProperty("analyzer.root", ".."));
  private static OfficialsExtractor extractor;

  @BeforeAll
  static void loadShippedModels() {
    extractor = OfficialsExtractor.load(ROOT.resolve("models/ner"));
  }

  private static List<String> names(String text, Language lang) {
    return extractor.extract(text, TestSentences.of(text), lang).stream().map(Official::name).toList();
  }

  @Test
  void aNameEndsWhereTheFinderEndsItBeforeAnEverydayWord() {
    assertEquals(List.of("جون كيري"),
        names("شهدت القاهرة أمس حوارا مع وزير الخارجية الأميركي جون كيري بحثت خلاله الملفات الأمنية.",
            Language.ARABIC));
    assertEquals(List.of("عبدالله البدري"),
        names("توقع الأمين العام لأوبك عبدالله البدري استقرار أسعار النفط العام المقبل.", Language.ARABIC));
  }

  @Test
  void aRareSurnameTheFinderLeftOutStaysInTheName() {
    assertEquals(List.of("محمد سامر الأتاسي"),
        names("التقى وزير الطاقة السوري محمد سامر الأتاسي في بيروت اليوم نظيره اللبناني.", Language.ARABIC));
  }
}
