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

class CommitmentsCommandTest {
  private static final String MINUTES = "محضر اجتماع اللجنة الفنية المشتركة للاتصالات\n"
      + "التاريخ: ١٢/١١/٢٠٢٥\n"
      + "١- تقرر تشكيل فريق فني مشترك يقدم تقريره خلال شهر، المسؤول عن التنفيذ: وزارة الاتصالات.\n"
      + "٢- تقرر اعتماد \"الخطة الوطنية للألياف الضوئية\" قبل نهاية 2025.\n";
  private static final String STATEMENT = "بیانیه مشترک\n"
      + "دو کشور توافق کردند که تا پایان آذر ۱۴۰۴ خط ریلی شلمچه-بصره را تکمیل کنند.\n"
      + "ایران آمادگی دارد ظرف یک ماه هیئتی فنی به بغداد اعزام کند.";

  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void buildIndex() {
    Path idx = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(idx)) {
      w.add(new IndexedDocument("id-ar", "ar/min-001.txt", "ar", "minutes", MINUTES, List.of(),
          List.of("telecom"), List.of(), List.of(
              new IndexedDocument.Commitment("تقرر تشكيل فريق فني مشترك يقدم تقريره خلال شهر", "decision", null,
                  "وزارة الاتصالات", "خلال شهر", "2025-12-12", List.of("telecom")),
              new IndexedDocument.Commitment("تقرر اعتماد \"الخطة الوطنية للألياف الضوئية\"\nقبل نهاية 2025",
                  "decision", null, "هيئة الإعلام والاتصالات, وزارة الاتصالات", "قبل نهاية 2025", "2025-12-31",
                  List.of("telecom", "trade_investment"))),
          List.of(2025)));
      w.add(new IndexedDocument("id-fa", "fa/stmt-001.txt", "fa", "statement", STATEMENT, List.of(),
          List.of("transport"), List.of(), List.of(
              new IndexedDocument.Commitment("دو کشور توافق کردند که تا پایان آذر ۱۴۰۴ خط ریلی شلمچه-بصره را تکمیل کنند",
                  "agreement", "دو کشور", null, "تا پایان آذر ۱۴۰۴", "2025-12-21", List.of("transport")),
              new IndexedDocument.Commitment("ایران آمادگی دارد ظرف یک ماه هیئتی فنی به بغداد اعزام کند", "proposal",
                  "ایران", null, "ظرف یک ماه", null, List.of("transport"))),
          List.of()));
      w.commit();
    }
    index = idx.toString();
  }

  @Test
  void writesCsvWithIsoDeadlinesCountedFromTheMeetingDate() {
    CliRun run = CliRun.of("commitments", "--index", index, "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    assertEquals("source,sentence,kind,holder,owner,deadline,deadline_iso,areas,text\r\n"
        + "ar/min-001.txt,,decision,,وزارة الاتصالات,خلال شهر,2025-12-12,telecom,"
        + "تقرر تشكيل فريق فني مشترك يقدم تقريره خلال شهر\r\n"
        + "ar/min-001.txt,,decision,,\"هيئة الإعلام والاتصالات, وزارة الاتصالات\",قبل نهاية 2025,2025-12-31,"
        + "telecom; trade_investment,\"تقرر اعتماد \"\"الخطة الوطنية للألياف الضوئية\"\"\nقبل نهاية 2025\"\r\n"
        + "fa/stmt-001.txt,,agreement,دو کشور,,تا پایان آذر ۱۴۰۴,2025-12-21,transport,"
        + "دو کشور توافق کردند که تا پایان آذر ۱۴۰۴ خط ریلی شلمچه-بصره را تکمیل کنند\r\n"
        + "fa/stmt-001.txt,,proposal,ایران,,ظرف یک ماه,,transport,"
        + "ایران آمادگی دارد ظرف یک ماه هیئتی فنی به بغداد اعزام کند\r\n",
        run.out());
  }

  @Test
  void writesAJsonArrayFilteredByKind() {
    CliRun run = CliRun.of("commitments", "--index", index, "--format", "json", "--kind", "agreement");
    assertEquals(0, run.exit(), run.err());
    assertEquals("[\n"
        + "{\"source\":\"fa/stmt-001.txt\",\"sentence\":null,\"kind\":\"agreement\",\"holder\":\"دو کشور\","
        + "\"owner\":null,\"deadline\":\"تا پایان آذر ۱۴۰۴\",\"deadline_iso\":\"2025-12-21\","
        + "\"areas\":[\"transport\"],"
        + "\"text\":\"دو کشور توافق کردند که تا پایان آذر ۱۴۰۴ خط ریلی شلمچه-بصره را تکمیل کنند\"}\n"
        + "]\n",
        run.out().replace("\r\n", "\n"));
  }

  @Test
  void filtersByAreaAndWritesAnEmptyArrayWhenNothingMatches() {
    CliRun trade = CliRun.of("commitments", "--index", index, "--format", "json", "--area", "trade_investment");
    assertEquals(1, trade.out().lines().filter(l -> l.startsWith("{")).count());
    assertTrue(trade.out().contains("\"deadline_iso\":\"2025-12-31\""));
    CliRun none = CliRun.of("commitments", "--index", index, "--format", "json", "--area", "energy");
    assertEquals("[]\n", none.out().replace("\r\n", "\n"));
  }

  @Test
  void writesAnAlignedTableWithTheCount() {
    CliRun run = CliRun.of("commitments", "--index", index, "--kind", "decision");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().replace("\r\n", "\n").lines().toList();
    assertEquals(4, lines.size());
    assertEquals("2 commitment(s)", lines.get(3));
    assertTrue(lines.get(1).contains("\u20682025-12-12\u2069"), lines.get(1));
    assertTrue(lines.get(2).contains("\u2068تقرر اعتماد \"الخطة الوطنية للألياف الضوئية\" قبل نهاية 2025\u2069"),
        lines.get(2));
  }

  @Test
  void rejectsBadUsage() {
    CliRun neither = CliRun.of("commitments");
    assertEquals(ExitCode.USAGE, neither.exit());
    assertEquals("analyzer: give either --index DIR or PATH..., not both or neither (see --help)",
        neither.err().strip());
    CliRun badKind = CliRun.of("commitments", "--index", index, "--kind", "promise");
    assertEquals(ExitCode.USAGE, badKind.exit());
    assertEquals("analyzer: --kind must be one of obligation, intent, proposal, agreement, decision: promise "
        + "(see --help)", badKind.err().strip());
    Path missing = dir.resolve("none");
    CliRun noIndex = CliRun.of("commitments", "--index", missing.toString());
    assertEquals(ExitCode.USAGE, noIndex.exit());
    assertEquals("analyzer: no index at " + missing + " (run 'analyzer index' first)", noIndex.err().strip());
  }
}
