package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordAreaBaselineTest {
  private final KeywordAreaBaseline baseline = new KeywordAreaBaseline(1);

  @Test
  void findsAreasByKeywordWithProcliticsStripped() {
    assertEquals(Set.of("telecom", "energy"),
        baseline.sentenceAreas("وبحث الجانبان التعاون في مجال الاتصالات والكهرباء."));
  }

  @Test
  void findsMultiWordPersianKeywords() {
    assertEquals(Set.of("ai"), baseline.sentenceAreas("دو کشور در زمینه هوش مصنوعی همکاری خواهند کرد."));
  }
}
