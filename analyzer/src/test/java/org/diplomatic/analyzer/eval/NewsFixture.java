package org.diplomatic.analyzer.eval;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A published-news folder of one file and one Arabic article, written by the test, and a real set naming it. */
final class NewsFixture {
  static final String TITLE = "وزير الخارجية يلتقي نظيره الروسي";
  static final String TEXT = "التقى وزير الخارجية عادل الجبير نظيره الروسي سيرغي لافروف.\nوبحث الجانبان العلاقات.";

  private NewsFixture() {}

  /** Writes {@code news/ar/paper/day.jsonl.gz} under {@code dir}; returns the news folder. */
  static Path news(Path dir) throws IOException {
    Path file = dir.resolve("news/ar/paper/day.jsonl.gz");
    Files.createDirectories(file.getParent());
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      w.write("{\"id\": \"other-1\", \"title\": \"عنوان\", \"text\": \"نص\"}\n");
      w.write("{\"id\": \"paper-1\", \"source\": \"paper\", \"date\": \"2015-08-11\", \"title\": \"" + TITLE
          + "\", \"text\": \"" + TEXT.replace("\n", "\\n") + "\", \"url\": null, \"category\": null}\n");
    }
    return dir.resolve("news");
  }

  /** Writes a real set of one dev document annotating article {@code paper-1}; returns its folder. */
  static Path realSet(Path dir, String goldMentionText, int mentionStart) throws IOException {
    Path real = dir.resolve("real");
    Files.createDirectories(real.resolve("ar"));
    Files.writeString(real.resolve("split.tsv"), "id\tlang\tgenre\tsplit\tarticle\tfile\n"
        + "ar-real-001\tar\tnews\tdev\tpaper-1\tar/paper/day.jsonl.gz\n");
    String sentence0 = TITLE;
    int s1 = TITLE.length() + 1;
    String sentence1 = TEXT.substring(0, TEXT.indexOf('\n'));
    int s2 = s1 + sentence1.length() + 1;
    String sentence2 = TEXT.substring(TEXT.indexOf('\n') + 1);
    String gold = """
        {"id": "ar-real-001", "lang": "ar", "genre": "news",
         "article": {"file": "ar/paper/day.jsonl.gz", "id": "paper-1"}, "areas": [],
         "sentences": [
          {"text": "%s", "start": 0, "end": %d, "areas": []},
          {"text": "%s", "start": %d, "end": %d, "areas": []},
          {"text": "%s", "start": %d, "end": %d, "areas": []}],
         "officials": [{"name": "%s", "role": "وزير الخارجية", "organization": "الخارجية", "country": "SA",
           "mentions": [{"text": "%s", "sentence": 1, "start": %d, "end": %d}]}]}
        """.formatted(sentence0, sentence0.length(), sentence1, s1, s1 + sentence1.length(), sentence2, s2,
        s2 + sentence2.length(), goldMentionText, goldMentionText, mentionStart,
        mentionStart + goldMentionText.length());
    Files.writeString(real.resolve("ar/ar-real-001.gold.json"), gold);
    return real;
  }

  /** Where "عادل الجبير" starts in the document (title, line break, text). */
  static int jubeirStart() {
    return TITLE.length() + 1 + TEXT.indexOf("عادل الجبير");
  }
}
