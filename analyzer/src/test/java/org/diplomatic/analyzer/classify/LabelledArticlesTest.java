package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.diplomatic.analyzer.eval.NewsArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledArticlesTest {
  @TempDir Path dir;
  private Path samples;
  private NewsArchive news;

  @BeforeEach
  void writeArchiveAndSamples() throws IOException {
    Path papers = Files.createDirectories(dir.resolve("news/ar/papers"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(papers.resolve("day-1.jsonl.gz")))) {
      out.write(("{\"id\": \"snn-a-1\", \"title\": \"الوزيران يبحثان التعاون\", \"text\": "
          + "\"التقى الوزير نظيره أمس.\\nوبحث الجانبان صادرات النفط والغاز.\\nكما تناولا إنشاء مستشفى.\\n"
          + "وحضر اللقاء السفير.\"}\n"
          + "{\"id\": \"snn-a-2\", \"title\": \"فوز الفريق\", \"text\": \"فاز الفريق بالمباراة.\"}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    news = NewsArchive.at(dir.resolve("news")).orElseThrow();
    samples = dir.resolve("samples.tsv");
    Files.writeString(samples, "# sample\tarticle\tlang\tareas\n"
        + "E\tsnn-a-1\tar\tenergy,health\n"
        + "E\tsnn-a-2\tar\t\n"
        + "F\tsnn-a-3\tar\ttelecom\n");
  }

  private static List<Set<String>> sentenceLabels(AreaDocument d) {
    return d.sentences().stream().map(AreaExample::labels).toList();
  }

  @Test
  void keywordOrLeadLabelsTheLeadWithEveryAreaAndLaterSentencesWithTheAreasTheyName() {
    List<AreaDocument> docs = LabelledArticles.load(samples, Set.of("E"), news,
        LabelledArticles.SentenceLabels.KEYWORD_OR_LEAD);
    assertEquals(List.of("snn-a-1", "snn-a-2"), docs.stream().map(AreaDocument::id).toList());
    AreaDocument first = docs.get(0);
    assertEquals(Set.of("energy", "health"), first.labels());
    assertEquals(List.of("الوزيران يبحثان التعاون", "التقى الوزير نظيره أمس.", "وبحث الجانبان صادرات النفط والغاز.",
        "كما تناولا إنشاء مستشفى.", "وحضر اللقاء السفير."), first.texts());
    Set<String> both = Set.of("energy", "health");
    assertEquals(List.of(both, both, Set.of("energy"), Set.of("health"), Set.of()), sentenceLabels(first));
    assertEquals(List.of(Set.of(), Set.of()), sentenceLabels(docs.get(1)));
  }

  @Test
  void sharedLabelsEverySentenceWithItsDocumentsAreas() {
    AreaDocument first = LabelledArticles.load(samples, Set.of("E"), news, LabelledArticles.SentenceLabels.SHARED)
        .get(0);
    assertEquals(List.of(first.labels(), first.labels(), first.labels(), first.labels(), first.labels()),
        sentenceLabels(first));
  }

  @Test
  void anArticleMissingFromTheArchiveIsAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelledArticles.load(samples,
        Set.of("F"), news, LabelledArticles.SentenceLabels.SHARED));
    assertEquals("labelled article snn-a-3 is not in " + dir.resolve("news"), e.getMessage());
  }

  @Test
  void anAreaOutsideTheContractIsAnErrorNamingItsLine() throws IOException {
    Files.writeString(samples, "E\tsnn-a-1\tar\tenergy,sport\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelledArticles.read(samples, Set.of("E")));
    assertEquals(samples + ":1: unknown area sport", e.getMessage());
  }
}
