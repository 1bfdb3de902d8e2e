package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllPersonSamplesTest {
  @TempDir Path dir;

  @Test
  void keepsPersonTagsOfEverySchemeAndDropsTheOthers() throws IOException {
    Path file = dir.resolve("mixed.txt");
    Files.writeString(file, String.join("\n",
        "التقى O", "وزير O", "الخارجية B-ORG", "فؤاد B-PERS", "حسين I-PERS", "", 
        "علي B-PER", "حسن I-PER", "في O", "بغداد B-LOC", "",
        "محمود B-pers", "محدث I-pers", "در O", "تهران B-loc", ""), StandardCharsets.UTF_8);
    List<NameSample> samples = ConllPersonSamples.read(file);
    assertEquals(3, samples.size());
    assertArrayEquals(new Span[] {new Span(3, 5, "person")}, samples.get(0).getNames());
    assertArrayEquals(new Span[] {new Span(0, 2, "person")}, samples.get(1).getNames());
    assertArrayEquals(new Span[] {new Span(0, 2, "person")}, samples.get(2).getNames());
  }

  @Test
  void startsANewNameAtEachBeginTag() throws IOException {
    Path file = dir.resolve("adjacent.txt");
    Files.writeString(file, "هاشمي B-PERS\nحسين B-PERS\nقالا O\n", StandardCharsets.UTF_8);
    assertArrayEquals(
        new Span[] {new Span(0, 1, "person"), new Span(1, 2, "person")},
        ConllPersonSamples.read(file).get(0).getNames());
  }
}
