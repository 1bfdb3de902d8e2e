package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KwicCommandTest {
  /** First-strong, right-to-left and pop isolates, as the command wraps its columns. */
  private static final String F = "\u2068";
  private static final String R = "\u2067";
  private static final String P = "\u2069";

  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void buildIndex() {
    Path idx = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(idx)) {
      w.add(doc("id-ar", "ar/minutes.txt", "ar",
          "تقرر تطوير شبكات الاتصالات بين البلدين.\nودعم مشاريع البريد والاتصالات."));
      w.add(doc("id-fa", "fa/news.txt", "fa", "وزیر ارتباطات گفت همکاری در حوزه اتصالات ادامه دارد."));
      w.commit();
    }
    index = idx.toString();
  }

  private static IndexedDocument doc(String id, String source, String lang, String text) {
    return new IndexedDocument(id, source, lang, "minutes", text, List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  @Test
  void writesEachLineInReadingOrderAsOneRightToLeftIsolate() {
    CliRun run = CliRun.of("kwic", "--index", index, "--width", "12", "الاتصالات");
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        R + F + "ar/minutes.txt" + P + "  " + " " + R + "تطوير شبكات" + P + " [" + R + "الاتصالات" + P + "] "
            + R + "بين البلدين." + P + "\u00A0" + P + "\n"
            + R + F + "ar/minutes.txt" + P + "  " + R + "شاريع البريد" + P + " [" + R + "والاتصالات" + P + "] "
            + R + "." + P + "\u00A0".repeat(11) + P + "\n"
            + R + F + "fa/news.txt" + P + "     " + R + "کاری در حوزه" + P + " [" + R + "اتصالات" + P + "] "
            + R + "ادامه دارد." + P + "\u00A0".repeat(4) + P + "\n",
        run.out().replace("\r\n", "\n"));
  }

  @Test
  void aBidiTerminalShowsTheMatchBetweenItsNeighboursAndAlignsTheLines() {
    CliRun run = CliRun.of("kwic", "--index", index, "--width", "12", "الاتصالات");
    List<String> visual = run.out().lines().map(SearchOutputTest::visual).toList();
    // Left to right on the screen: right context, match, left context, source (each Arabic run reversed).
    assertEquals(List.of(
        "\u00A0.نيدلبلا نيب [تالاصتالا] تاكبش ريوطت   ar/minutes.txt",
        "\u00A0".repeat(11) + ". [تالاصتالاو] ديربلا عيراش  ar/minutes.txt",
        "\u00A0".repeat(4) + ".دراد همادا [تالاصتا] هزوح رد یراک     fa/news.txt"), visual);
    assertEquals(1, visual.stream().map(String::length).distinct().count());
  }

  @Test
  void filtersByLanguageAndLimitsTheLines() {
    CliRun fa = CliRun.of("kwic", "--index", index, "--width", "5", "--lang", "fa", "اتصالات");
    assertEquals(R + F + "fa/news.txt" + P + "  " + " " + R + "حوزه" + P + " [" + R + "اتصالات" + P + "] "
        + R + "ادامه" + P + P + "\n", fa.out().replace("\r\n", "\n"));
    CliRun one = CliRun.of("kwic", "--index", index, "--limit", "1", "اتصالات");
    assertEquals(1, one.out().lines().count());
  }

  @Test
  void writesJsonAndCsvWithOffsetsAndLogicalContexts() {
    CliRun json = CliRun.of("kwic", "--index", index, "--width", "5", "--lang", "fa", "--format", "json", "اتصالات");
    assertEquals("{\"phrase\":\"اتصالات\",\"occurrences\":[{\"source\":\"fa/news.txt\",\"id\":\"id-fa\",\"start\":33,"
        + "\"end\":40,"
        + "\"before\":\"حوزه\",\"match\":\"اتصالات\",\"after\":\"ادامه\"}]}", json.out().strip());
    CliRun csv = CliRun.of("kwic", "--index", index, "--width", "12", "--format", "csv", "--bom", "--limit", "2",
        "الاتصالات");
    assertEquals("\uFEFFsource,start,end,before,match,after\r\n"
        + "ar/minutes.txt,17,26,تطوير شبكات,الاتصالات,بين البلدين.\r\n"
        + "ar/minutes.txt,59,69,شاريع البريد,والاتصالات,.\r\n", csv.out());
  }

  @Test
  void saysSoWhenNothingMatches() {
    CliRun run = CliRun.of("kwic", "--index", index, "النفط");
    assertEquals(0, run.exit());
    assertEquals("", run.out());
    assertEquals("analyzer: no occurrence of 'النفط'", run.err().strip());
  }

  @Test
  void rejectsAMissingIndexAndABadLanguage() {
    Path missing = dir.resolve("none");
    CliRun noIndex = CliRun.of("kwic", "--index", missing.toString(), "وزير");
    assertEquals(ExitCode.USAGE, noIndex.exit());
    assertEquals("analyzer: no index at " + missing + " (run 'analyzer index' first)", noIndex.err().strip());
    CliRun badLang = CliRun.of("kwic", "--index", index, "--lang", "en", "وزير");
    assertEquals(ExitCode.USAGE, badLang.exit());
    assertEquals("analyzer: --lang must be ar or fa: en (see --help)", badLang.err().strip());
  }
}
