package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Bidi;
import java.util.List;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.SearchResult;
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

  /** The line as a terminal that applies the Unicode bidi algorithm shows it, left to right on the screen. */
  static String visual(String line) {
    Bidi bidi = new Bidi(line, Bidi.LEVEL_DEFAULT_LTR);
    return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
  }

  @Test
  void figureLinesShowEachFigureBeforeItsAmountInABidiTerminal() {
    SearchResult r = new SearchResult("", 1, List.of(new SearchResult.Hit("id", "ar/a.txt", 1, "ar", "…",
        List.of(), List.of(), List.of(
            new IndexedDocument.Figure("20 مليار دولار سنويا", 2.0e10, null, null, "USD", "year"),
            new IndexedDocument.Figure("٨ إلى ١٠ ملايين زائر", null, 8e6, 1e7, "person", null)))), java.util.Map.of());
    String line = SearchOutput.table(r).lines().filter(l -> l.contains("figures:")).findFirst().orElseThrow();
    // Each Arabic figure reads right to left in its own place, its amount after it on the left-to-right line.
    assertEquals("    figures: ايونس رالود رايلم 20 = 20,000,000,000 USD | رئاز نييالم ١٠ ىلإ ٨ = 8,000,000-10,000,000 "
        + "person", visual(line));
  }
}
