package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeaningRankingTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "حماية السفن في الخليج من التهديدات|true",
      "ترابری کالا با واگن و لوکوموتیو|true",
      "الحصص المائية للأنهار المشتركة|true",
      "حقابه رودخانه‌های مرزی|false",
      "  کابل   دریایی  |false",
      "النفط|false"})
  void aQueryOfFourWordsOrMoreIsLongAndCountsItsAreasTwice(String query, boolean isLong) {
    assertEquals(isLong, MeaningRanking.isLong(query));
  }
}
