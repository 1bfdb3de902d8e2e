package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSoundsTest {
  private static final NameSounds SOUNDS = new NameSounds();

  @ParameterizedTest
  @CsvSource({
      "جابهار, تشابهار",
      "كرمسار, غرمسار",
      "استاراخان, استراخان",
      "كنبد, قنبد"})
  void aNameWrittenByPersianAndByArabicHasOneKey(String persian, String arabic) {
    assertEquals(SOUNDS.keyOf(persian), SOUNDS.keyOf(arabic));
  }

  @Test
  void theKeyKeepsTheConsonants() {
    assertEquals("جبر", SOUNDS.keyOf("تشابهار"));
  }

  @Test
  void namesOfOtherConsonantsKeepOtherKeys() {
    assertNotEquals(SOUNDS.keyOf("زاهدان"), SOUNDS.keyOf("جابهار"));
  }

  @Test
  void aWordOfFewerThanThreeConsonantsHasNoKey() {
    assertNull(SOUNDS.keyOf("وادي"));
  }
}
