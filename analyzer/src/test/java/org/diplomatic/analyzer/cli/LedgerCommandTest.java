package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {
  @TempDir static Path dir;
  private static String index;

  private static IndexedDocument pipeline(String id, String source, String date, String text, String deadline,
      String iso) {
    return new IndexedDocument(id, source, "ar", "news", text + "\n",
        List.of(new IndexedDocument.Official("فاضل كريم الساعدي", "IQ"),
            new IndexedDocument.Official("سامر عودة الخوالدة", "JO")), List.of("energy"), List.of(),
        List.of(new IndexedDocument.Commitment(text.substring(0, text.length() - 1), "agreement", "الجانبان", null,
            deadline, iso, List.of("energy"))), List.of(), date);
  }

  @BeforeAll
  static void indexTwoStatementsOfOnePromise() {
    Path idx = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(idx)) {
      w.add(pipeline("a", "ar/a.txt", "2020-08-25",
          "اتفق الجانبان على إنجاز خط أنبوب النفط من البصرة إلى العقبة قبل نهاية عام 2022.", "قبل نهاية عام 2022",
          "2022-12-31"));
      w.add(pipeline("b", "ar/b.txt", "2024-03-03",
          "وأكد الجانبان إنجاز خط أنبوب النفط من البصرة إلى العقبة قبل نهاية عام 2024.", "قبل نهاية عام 2024",
          "2024-12-31"));
      w.commit();
    }
    index = idx.toString();
  }

  @Test
  void csvHasAHeaderAndOneRowPerLink() {
    CliRun run = CliRun.of("ledger", "--index", index, "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    List<String> rows = run.out().lines().toList();
    assertEquals(LedgerCommand.CSV_HEADER, rows.get(0));
    assertEquals(3, rows.size());
    assertTrue(rows.get(1).endsWith(",2020-08-25,first_made,,ar/a.txt,c0,ar,agreement,الجانبان,قبل نهاية عام 2022,"
        + "2022-12-31,اتفق الجانبان على إنجاز خط أنبوب النفط من البصرة إلى العقبة قبل نهاية عام 2022"), rows.get(1));
    assertTrue(rows.get(2).contains(",IQ-JO,energy,open,2024-03-03,changed,"
        + "deadline 2022-12-31 (قبل نهاية عام 2022) -> 2024-12-31 (قبل نهاية عام 2024),ar/b.txt,"), rows.get(2));
  }

  @Test
  void jsonHasThePromisesWithTheirLinks() {
    CliRun run = CliRun.of("ledger", "--index", index, "--format", "json", "--pair", "JO-IQ", "--from", "2024");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("{\"latest_date\":\"2024-03-03\",\"promises\":[\n{\"id\":\"p"), run.out());
    assertTrue(run.out().contains("\"countries\":[\"IQ\",\"JO\"],\"areas\":[\"energy\"],\"status\":\"open\","
        + "\"links\":[{\"date\":\"2020-08-25\",\"label\":\"first_made\",\"detail\":null,\"source\":\"ar/a.txt\""),
        run.out());
  }

  @Test
  void filtersThatMatchNothingGiveAnEmptyTable() {
    CliRun pair = CliRun.of("ledger", "--index", index, "--pair", "IQ-IR");
    assertEquals("0 promise(s), 0 link(s); latest document 2024-03-03\n", pair.out());
    CliRun before = CliRun.of("ledger", "--index", index, "--to", "2019-12");
    assertEquals("0 promise(s), 0 link(s); latest document 2024-03-03\n", before.out());
    CliRun party = CliRun.of("ledger", "--index", index, "--party", "الجانبان", "--area", "energy");
    assertTrue(party.out().endsWith("1 promise(s), 2 link(s); latest document 2024-03-03\n"), party.out());
  }

  @Test
  void badFiltersAreUsageErrors() {
    CliRun pair = CliRun.of("ledger", "--index", index, "--pair", "Iraq-Iran");
    assertEquals(2, pair.exit());
    assertEquals("analyzer: --pair must be two ISO country codes, e.g. IQ-IR: Iraq-Iran (see --help)",
        pair.err().strip());
    CliRun date = CliRun.of("ledger", "--index", index, "--from", "2024/03");
    assertEquals(2, date.exit());
    CliRun area = CliRun.of("ledger", "--index", index, "--area", "oil");
    assertEquals(2, area.exit());
  }

  private static org.diplomatic.analyzer.ledger.Link link(int year, org.diplomatic.analyzer.ledger.LinkLabel label) {
    String text = "وأكد الجانبان إنجاز خط الأنبوب.";
    return new org.diplomatic.analyzer.ledger.Link(new org.diplomatic.analyzer.ledger.Statement("d" + year,
        "ar/" + year + ".txt", "ar", year + "-01-01", "c0", 0, text.length(), text, "agreement", "الجانبان", null,
        null, List.of("energy"), List.of("IQ", "JO"), List.of(), List.of()), year + "-01-01", label, null);
  }

  @Test
  void aLongRunOfRepeatsShowsItsEndsAndACountUnlessAllLinksAreAsked() {
    var first = org.diplomatic.analyzer.ledger.LinkLabel.FIRST_MADE;
    var repeated = org.diplomatic.analyzer.ledger.LinkLabel.REPEATED;
    List<org.diplomatic.analyzer.ledger.Link> links = new java.util.ArrayList<>(List.of(link(2010, first)));
    for (int year = 2011; year <= 2016; year++) {
      links.add(link(year, repeated));
    }
    var promise = new org.diplomatic.analyzer.ledger.Promise("p1", List.of("IQ", "JO"), List.of("energy"), links,
        "open");
    List<String> folded = LedgerCommand.table("2016-01-01", List.of(promise), false).lines().toList();
    assertEquals(List.of("2010-01-01", "2011-01-01", "", "2016-01-01"),
        folded.subList(1, 5).stream().map(l -> l.strip().split("\u2069")[0].replace("\u2068", "")).toList());
    assertTrue(folded.get(3).contains("4 more repeated links, 2012-01-01 to 2015-01-01"), folded.get(3));
    assertEquals("1 promise(s), 7 link(s); latest document 2016-01-01", folded.get(5));
    assertEquals(9, LedgerCommand.table("2016-01-01", List.of(promise), true).lines().count());
  }
}
