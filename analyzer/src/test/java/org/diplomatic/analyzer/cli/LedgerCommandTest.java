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
}
