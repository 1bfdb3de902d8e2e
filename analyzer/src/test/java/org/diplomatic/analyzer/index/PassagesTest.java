package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PassagesTest {
  /** How passages were split before the scan; the index's passage vectors were numbered by it. */
  private static final Pattern BREAK = Pattern.compile("(?<=[.!?؟؛])\\s+|\\n+");

  @Test
  void splitsAtSentenceEndsFollowedBySpaceAndAtLineBreaks() {
    assertEquals(List.of("وقال الوزير إن البلدين اتفقا.", "وأضاف: نعم؟", "همکاری ادامه دارد؛", "سطر بدون نقطة",
            "x.y"),
        Passages.split("  وقال الوزير إن البلدين اتفقا. \t وأضاف: نعم؟\nهمکاری ادامه دارد؛ \n\n سطر بدون نقطة\n x.y"));
  }

  @Test
  void givesThePassagesThePatternGaveOnTheCorpusAndOnRandomText() throws IOException {
    Path corpus = Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("../corpus");
    int texts = 0;
    for (String lang : List.of("ar", "fa")) {
      try (Stream<Path> files = Files.list(corpus.resolve(lang))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          assertEquals(byPattern(text), Passages.split(text), f.toString());
          texts++;
        }
      }
    }
    String alphabet = "اب پ.!?؟؛ \t\n\r\f\u000B\u00A0\u2003x";
    Random random = new Random(19);
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(200); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(byPattern(text.toString()), Passages.split(text.toString()), "random text " + i);
    }
    assertEquals(true, texts > 200, texts + " corpus texts");
  }

  private static List<String> byPattern(String text) {
    List<String> parts = new ArrayList<>();
    for (String passage : BREAK.split(text)) {
      if (!passage.isBlank()) {
        parts.add(passage.strip());
      }
    }
    if (parts.size() <= Passages.MAX) {
      return parts;
    }
    int run = (parts.size() + Passages.MAX - 1) / Passages.MAX;
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < parts.size(); i += run) {
      joined.add(String.join(" ", parts.subList(i, Math.min(parts.size(), i + run))));
    }
    return joined;
  }
}
