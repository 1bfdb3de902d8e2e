package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCorpusTest {
  @TempDir Path dir;

  @Test
  void writesNewsNerAndCorpusTextAsOneSentenceOfIndexTermsALine() throws IOException {
    Path news = dir.resolve("news");
    Files.createDirectories(news.resolve("fa/farsnews"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(news.resolve("fa/farsnews/a.jsonl.gz")))) {
      out.write(("{\"id\":\"1\",\"title\":\"صادرات برق به عراق\",\"text\":\"ایران ۲۰۰ مگاوات برق صادر کرد. "
          + "قرارداد امضا شد\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    Path ner = dir.resolve("ner");
    Files.createDirectories(ner.resolve("arman"));
    Files.writeString(ner.resolve("arman/train.txt"), "وزیر O\nنفت O\n\nسفر O\n");
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("fa"));
    Files.writeString(corpus.resolve("fa/fa-news-001.txt"), "همکاری‌های اقتصادی دو کشور");
    Files.createDirectories(corpus.resolve("ar"));
    Files.writeString(corpus.resolve("ar/ar-news-001.txt"), "التعاون الاقتصادي");
    Path out = dir.resolve("fa.txt");

    EmbeddingCorpus.Size size = EmbeddingCorpus.write("fa", news, ner, corpus, out);

    assertEquals(List.of("صادر برق به عراق", "ايران مگاو برق صادر كرد", "قرارداد امضا شد", "وزير نفت",
        "همكار اقتصاد دو كشور"), Files.readAllLines(out));
    assertEquals(new EmbeddingCorpus.Size(5, 18), size);
  }
}
