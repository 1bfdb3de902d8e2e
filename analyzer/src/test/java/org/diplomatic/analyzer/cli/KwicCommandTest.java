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
  void alignsEveryOccurrenceOnTheMatchColumn() {
    CliRun run = CliRun.of("kwic", "--index", index, "--width", "12", "الاتصالات");
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        F + "ar/minutes.txt" + P + "  " + " " + R + "تطوير شبكات" + P + " [" + R + "الاتصالات" + P + "] "
            + R + "بين البلدين." + P + "\n"
            + F + "ar/minutes.txt" + P + "  " + R + "شاريع البريد" + P + " [" + R + "والاتصالات" + P + "] "
            + R + "." + P + "\n"
            + F + "fa/news.txt" + P + "     " + R + "کاری در حوزه" + P + " [" + R + "اتصالات" + P + "] "
            + R + "ادامه دارد." + P + "\n",
        run.out().replace("\r\n", "\n"));
  }

  @Test
  void filtersByLanguageAndLimitsTheLines() {
    CliRun fa = CliRun.of("kwic", "--index", index, "--width", "5", "--lang", "fa", "اتصالات");
    assertEquals(F + "fa/news.txt" + P + "  " + " " + R + "حوزه" + P + " [" + R + "اتصالات" + P + "] "
        + R + "ادامه" + P + "\n", fa.out().replace("\r\n", "\n"));
    CliRun one = CliRun.of("kwic", "--index", index, "--limit", "1", "اتصالات");
    assertEquals(1, one.out().lines().count());
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
