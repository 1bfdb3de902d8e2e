package org.diplomatic.analyzer.cli;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.index.Quote;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks search filter values against the contract's vocabularies, since a value the index cannot hold (Energy, ir,
 * usd, promise) would otherwise give 0 hits silently; a wrong value is a usage error listing the valid ones.
 */
final class FilterValues {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  static final String LANGS = "ar or fa";
  static final String AREAS = "one of " + OptionValues.AREAS;
  static final String COUNTRIES = "a country code of two upper-case letters (ISO 3166), e.g. IQ, IR";
  static final String UNITS = OptionValues.UNITS + ", or none (a bare count)";
  static final String KINDS = "one of " + OptionValues.KINDS;
  static final String GENRES = "news, statement or minutes";

  private final CommandLine commandLine;

  FilterValues(CommandLine commandLine) {
    this.commandLine = commandLine;
  }

  void langs(List<String> values) {
    check("--lang", values, v -> v.equals("ar") || v.equals("fa"), LANGS);
  }

  void areas(List<String> values) {
    check("--area", values, Vocabulary::isArea, AREAS);
  }

  void countries(List<String> values) {
    check("--country", values, v -> COUNTRY.matcher(v).matches(), COUNTRIES);
  }

  void units(List<String> values) {
    check("--unit", values, v -> v.equals("none") || Vocabulary.isUnit(v), UNITS);
  }

  void kinds(List<String> values) {
    check("--kind", values, Vocabulary.COMMITMENT_KINDS::contains, KINDS);
  }

  void genres(List<String> values) {
    check("--genre", values, Vocabulary.GENRES::contains, GENRES);
  }

  private void check(String option, List<String> values, Predicate<String> valid, String validOnes) {
    for (String v : values == null ? List.<String>of() : values) {
      if (!valid.test(v)) {
        throw new ParameterException(commandLine,
            option + " must be " + validOnes + ": " + Quote.shorten(v, Quote.MAX));
      }
    }
  }
}
