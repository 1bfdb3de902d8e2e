package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchCommandTest {
  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void buildIndex() {
    Path idx = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(idx)) {
      w.add(new IndexedDocument("id-ar", "ar/telecom.txt", "ar", "news",
          "استقبل وزير الاتصالات العراقي هيثم الساعدي السفير الإيراني في بغداد.",
          List.of(new IndexedDocument.Official("هيثم الساعدي", "IQ")), List.of("telecom"),
          List.of(new IndexedDocument.Figure("20 مليار دولار سنويا", 2.0e10, null, null, "USD", "year")),
          List.of(), List.of(2025), "2025-10-14"));
      w.add(new IndexedDocument("id-fa", "fa/pilgrims.txt", "fa", "minutes",
          "استاندار ایلام، عبدالرضا مرادی‌زاده، بر همکاری‌های بهداشتی تاکید کرد.",
          List.of(new IndexedDocument.Official("عبدالرضا مرادی‌زاده", "IR")), List.of("health"), List.of(),
          List.of(), List.of()));
      w.commit();
    }
    index = idx.toString();
  }

  @ParameterizedTest
  @CsvSource({
      "--area, Energy, '--area must be one of telecom, ai, cybersecurity, e_government, trade_investment, energy, "
          + "transport, tourism_pilgrimage, culture_religion, education_science, health, security_defense, "
          + "water_environment, agriculture_food: Energy'",
      "--country, ir, '--country must be a country code of two upper-case letters (ISO 3166), e.g. IQ, IR: ir'",
      "--unit, usd, '--unit must be an ISO 4217 currency code (USD, EUR, IQD, IRR, SAR, AED ...), percent, person, "
          + "km, m, kg, ton, MW, GW, kWh, barrel, cubic_meter, hour, day, month, year, or none (a bare count): usd'",
      "--kind, promise, '--kind must be one of obligation, intent, proposal, agreement, decision: promise'",
      "--lang, en, '--lang must be ar or fa: en'"})
  void aFilterValueTheIndexCannotHoldIsAUsageErrorListingTheValidOnes(String option, String value, String message) {
    CliRun run = CliRun.of("search", "--index", index, option, value);
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals("", run.out());
    assertEquals("analyzer: " + message + " (see --help)\n", run.err().replace("\r\n", "\n"));
  }

  @Test
  void theValidValuesListedAreTheContractVocabulary() {
    assertEquals("one of " + String.join(", ", Vocabulary.AREAS), FilterValues.AREAS);
    Vocabulary.MEASURE_UNITS.forEach(u -> assertTrue(FilterValues.UNITS.contains(" " + u + ","), u));
    Vocabulary.COMMITMENT_KINDS.forEach(k -> assertTrue(FilterValues.KINDS.contains(k), k));
  }

  @Test
  void theHelpNamesTheValidFilterValues() {
    String help = CliRun.of("search", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("country of an official: a country code of two upper-case letters (ISO 3166)"), help);
    assertTrue(help.contains("water_environment, agriculture_food"), help);
    assertTrue(help.contains("or none (a bare count)"), help);
  }

  @Test
  void repeatedAndCommaSeparatedFilterValuesAreAlternatives() {
    CliRun repeated = CliRun.of("search", "--index", index, "--format", "csv", "--country", "IQ", "--country", "IR");
    CliRun commas = CliRun.of("search", "--index", index, "--format", "csv", "--country", "IQ,IR");
    assertEquals(0, repeated.exit(), repeated.err());
    assertEquals(3, repeated.out().lines().count());
    assertEquals(repeated.out(), commas.out());
  }

  @Test
  void limitZeroPrintsTheTotalAndTheFacetsOnly() {
    CliRun run = CliRun.of("search", "--index", index, "--limit", "0", "--facet-size", "1");
    assertEquals("2 hit(s) for \"\"\n\nareas: health (1)\n\nofficials: عبدالرضا مرادی‌زاده (1)\n\n"
        + "countries: IQ (1)\n\nlang: ar (1)\n\ngenre: minutes (1)\n\nyear: 2025 (1)\n\n"
        + "people: عبدالرضا مرادی‌زاده (1)\n",
        run.out().replace("\r\n", "\n"));
  }

  @Test
  void csvCarriesTheFacetsAfterTheHitsAndABomWhenAsked() {
    CliRun run = CliRun.of("search", "--index", index, "--format", "csv", "--bom", "--facets", "--lang", "ar");
    assertEquals("\uFEFFid,source,score,lang,snippet,officials,areas,figures,match,date\r\n"
        + "id-ar,ar/telecom.txt,1.000,ar,استقبل وزير الاتصالات العراقي هيثم الساعدي السفير الإيراني في بغداد.,"
        + "هيثم الساعدي,telecom,\"20 مليار دولار سنويا = 20,000,000,000 USD\",terms,2025-10-14\r\n"
        + "\r\nfacet,value,count\r\ntotal,,1\r\nareas,telecom,1\r\nofficials,هيثم الساعدي,1\r\ncountries,IQ,1\r\n"
        + "lang,ar,1\r\ngenre,news,1\r\nyear,2025,1\r\npeople,هيثم الساعدي,1\r\n", run.out());
  }

  @Test
  void jsonWithLimitZeroHasTheTotalAndFacets() {
    CliRun run = CliRun.of("search", "--index", index, "--format", "json", "--limit", "0", "--lang", "fa");
    assertEquals("{\"query\":\"\",\"total\":1,\"hits\":[],\"facets\":{\"areas\":{\"health\":1},"
        + "\"officials\":{\"عبدالرضا مرادی‌زاده\":1},\"countries\":{\"IR\":1},\"lang\":{\"fa\":1},"
        + "\"genre\":{\"minutes\":1},\"year\":{},\"people\":{\"عبدالرضا مرادی‌زاده\":1}}}", run.out().strip());
  }

  @Test
  void aBomIsOnlyForCsvAndALongQueryIsQuotedShort() {
    assertEquals("analyzer: --bom goes with --format csv (see --help)",
        CliRun.of("search", "--index", index, "--bom", "وزير").err().strip());
    CliRun run = CliRun.of("search", "--index", index, "وزير ".repeat(5000) + ")");
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals(1, run.err().lines().count());
    assertTrue(run.err().length() < 200, run.err());
  }
}
