package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchOutputTest {
  @Test
  void figureAmountsKeepTheirFractions() {
    assertEquals("0.5", SearchOutput.number(0.5)); // نصف ساعة
    assertEquals("20.5", SearchOutput.number(20.5)); // ٢٠٫٥ بالمئة
    assertEquals("2,200,000", SearchOutput.number(2_200_000)); // 2٫2 مليون ريال عماني
    assertEquals("620,000", SearchOutput.number(620_000.0));
    assertEquals("0.333", SearchOutput.number(1.0 / 3));
  }
}
