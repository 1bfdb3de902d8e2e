package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
  @Test
  void areaLabelsAreTheTaxonomyInItsOrder() {
    assertEquals(String.join(", ", Vocabulary.AREAS), OptionValues.AREAS);
  }

  @Test
  void commitmentKindsAreTheContractsKinds() {
    assertEquals(new TreeSet<>(Vocabulary.COMMITMENT_KINDS), new TreeSet<>(List.of(OptionValues.KINDS.split(", "))));
  }

  @Test
  void unitsNameEveryMeasureUnit() {
    for (String unit : Vocabulary.MEASURE_UNITS) {
      assertTrue(OptionValues.UNITS.contains(", " + unit), unit);
    }
  }

  @Test
  void searchHelpListsEveryAreaLabelAndTheExitCodes() {
    String help = CliRun.of("search", "--help").out().replaceAll("\\s+", " ");
    for (String area : Vocabulary.AREAS) {
      assertTrue(help.contains(area), area);
    }
    assertTrue(help.contains("Exit codes: 0 success 1 the command ran but some inputs failed"), help);
  }
}
