package org.diplomatic.analyzer.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcliticsTest {
  private static final Set<String> KNOWN = Set.of("أسامة", "رئيس", "وزير", "ملك", "سعودية", "يد");

  @ParameterizedTest
  @CsvSource({
      "وأسامة, أسامة",
      "فأسامة, أسامة",
      "لأسامة, أسامة",
      "والرئيس, رئيس",
      "بالرئيس, رئيس",
      "وبالرئيس, رئيس",
      "للرئيس, رئيس",
      "وللملك, ملك",
      "كالوزير, وزير",
      "الوزير, وزير",
      "والسعودية, سعودية"})
  void stripsProcliticsDownToAKnownWord(String word, String bare) {
    assertEquals(bare, strip(word));
  }

  @ParameterizedTest
  @CsvSource({"وليد", "فهد", "بلال", "أسامة", "ويد", "و"})
  void leavesWordsWhoseRestIsUnknownOrTooShort(String word) {
    assertNull(strip(word));
  }

  private static String strip(String word) {
    return Proclitics.strip(word, KNOWN::contains);
  }
}
