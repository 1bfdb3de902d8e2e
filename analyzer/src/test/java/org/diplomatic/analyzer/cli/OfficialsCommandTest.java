package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.registry.RegistryStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialsCommandTest {
  @TempDir static Path dir;
  private static String index;

  private static IndexedDocument doc(String id, String lang, String date, String text,
      IndexedDocument.Official... officials) {
    return new IndexedDocument(id, lang + "/" + id + ".txt", lang, "news", text, List.of(officials), List.of(),
        List.of(), List.of(), List.of(), date);
  }

  @BeforeAll
  static void buildIndex() {
    Path idx = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(idx)) {
      w.add(doc("a", "ar", "2015-07-21", "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري.",
          new IndexedDocument.Official("عادل الجبير", "SA", "وزير الخارجية السعودي"),
          new IndexedDocument.Official("جون كيري", "US", "وزير الخارجية الأمريكي")));
      w.add(doc("b", "ar", "2015-08-11", "وصل وزير الخارجية عادل بن أحمد الجبير إلى موسكو.",
          new IndexedDocument.Official("عادل بن أحمد الجبير", "SA", "وزير الخارجية")));
      w.add(doc("c", "fa", null, "علي لاريجاني دبير شوراي عالي امنيت ملي ايران گفت.",
          new IndexedDocument.Official("علي لاريجاني", "IR", "دبير شوراي عالي امنيت ملي ايران")));
      w.commit();
    }
    index = idx.toString();
  }

  @Test
  void listsOnePersonPerEntryWithSpellingsRolesAndDates() {
    CliRun run = CliRun.of("officials", "--index", index, "--country", "SA");
    assertEquals(0, run.exit(), run.err());
    assertEquals("1 of 3 people\n\np1  \u2068عادل بن أحمد الجبير\u2069  [SA]  2 document(s), 2015-07-21 .. 2015-08-11\n"
        + "    roles: \u2068وزير الخارجية السعودي\u2069 (2015-07-21); \u2068وزير الخارجية\u2069 (2015-08-11)\n"
        + "    spellings: \u2068عادل الجبير\u2069، \u2068عادل بن أحمد الجبير\u2069\n",
        run.out().replace("\r\n", "\n"));
    assertTrue(Files.isRegularFile(Path.of(index, RegistryStore.FILE)));
  }

  @Test
  void findsAPersonByAShortFormAndAnswersInJson() {
    CliRun run = CliRun.of("officials", "--index", index, "--name", "الجبير", "--format", "json");
    assertEquals("{\"total\":1,\"officials\":[{\"id\":\"p1\",\"name\":\"عادل بن أحمد الجبير\",\"country\":\"SA\","
        + "\"spellings\":[\"عادل الجبير\",\"عادل بن أحمد الجبير\"],\"roles\":[{\"role\":\"وزير الخارجية السعودي\","
        + "\"first\":\"2015-07-21\",\"last\":\"2015-07-21\",\"documents\":1},{\"role\":\"وزير الخارجية\","
        + "\"first\":\"2015-08-11\",\"last\":\"2015-08-11\",\"documents\":1}],\"first\":\"2015-07-21\","
        + "\"last\":\"2015-08-11\",\"documents\":[{\"id\":\"a\",\"source\":\"ar/a.txt\",\"date\":\"2015-07-21\"},"
        + "{\"id\":\"b\",\"source\":\"ar/b.txt\",\"date\":\"2015-08-11\"}]}]}", run.out().strip());
  }

  @Test
  void filtersByRoleAndPeriodInCsv() {
    CliRun run = CliRun.of("officials", "--index", index, "--role", "وزير الخارجية", "--from", "2015-08",
        "--format", "csv");
    assertEquals("id,name,country,documents,first,last,roles,spellings,sources\r\n"
        + "p1,عادل بن أحمد الجبير,SA,2,2015-07-21,2015-08-11,وزير الخارجية السعودي (2015-07-21) | "
        + "وزير الخارجية (2015-08-11),عادل الجبير | عادل بن أحمد الجبير,ar/a.txt | ar/b.txt\r\n", run.out());
    assertEquals("id,name,country,documents,first,last,roles,spellings,sources\r\n",
        CliRun.of("officials", "--index", index, "--to", "2014", "--format", "csv").out());
  }

  @Test
  void indexBringsTheRegistryUpToDateAfterItsLastCommit() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"),
        "الرياض 21 يوليو 2015 - قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل السياسي في اليمن.\n");
    Path idx = dir.resolve("indexed");
    CliRun indexed = CliRun.of("index", "--index", idx.toString(), docs.toString());
    assertEquals(0, indexed.exit(), indexed.err());
    assertTrue(Files.isRegularFile(idx.resolve(RegistryStore.FILE)));
    CliRun run = CliRun.of("officials", "--index", idx.toString(), "--format", "csv");
    assertTrue(run.out().contains("\r\np1,عادل الجبير,SA,1,2015-07-21,2015-07-21,وزير الخارجية السعودي (2015-07-21),"
        + "عادل الجبير,"), run.out());
  }

  @Test
  void badFiltersAreUsageErrors() {
    assertEquals("analyzer: --country must be an ISO 3166 code such as IQ: sa (see --help)",
        CliRun.of("officials", "--index", index, "--country", "sa").err().strip());
    assertEquals(ExitCode.USAGE, CliRun.of("officials", "--index", index, "--from", "2015-13").exit());
    CliRun none = CliRun.of("officials", "--index", dir.resolve("none").toString());
    assertEquals(ExitCode.USAGE, none.exit());
    assertTrue(none.err().startsWith("analyzer: no index at "), none.err());
  }
}
