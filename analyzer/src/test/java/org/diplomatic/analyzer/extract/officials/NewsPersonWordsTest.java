package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsPersonWordsTest {
  private static PersonNameFinder finder;

  @BeforeAll
  static void trainTinyModel() throws Exception {
    finder = new PersonNameFinder(new PersonNameTrainer(PersonNameTrainerTest.tinyParameters())
        .train(Language.ARABIC, ConllPersonSamples.read(PersonNameTrainerTest.tinyArabic())));
  }

  private static Path news(Path dir) throws Exception {
    Path file = dir.resolve("news.jsonl.gz");
    String visit = "استقبل وزير الخارجية فؤاد حسين في بغداد.";
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file));
        Writer out = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      out.write("{\"id\": \"a1\", \"title\": \"" + visit + "\", \"text\": \"" + visit + "\\n" + visit + "\"}\n");
      out.write("{\"id\": \"a2\", \"title\": \"زار سالم الربيعي مدينة البصرة.\", \"text\": "
          + "\"زار سالم الربيعي مدينة البصرة.\\nزار سالم الربيعي مدينة البصرة.\"}\n");
    }
    return file;
  }

  @Test
  void listsTheWordsTaggedAsNamesThreeTimesInMostOfTheirUses(@TempDir Path dir) throws Exception {
    assertEquals(Set.of("فؤاد", "حسين", "سالم", "الربيعي"), NewsPersonWords.of(finder, false, List.of(news(dir)), Set.of()));
  }

  @Test
  void leavesOutTheSkippedArticles(@TempDir Path dir) throws Exception {
    assertEquals(Set.of("فؤاد", "حسين"), NewsPersonWords.of(finder, false, List.of(news(dir)), Set.of("a2")));
  }
}
