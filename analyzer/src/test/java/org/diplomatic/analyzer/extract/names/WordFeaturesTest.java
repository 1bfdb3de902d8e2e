package org.diplomatic.analyzer.extract.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordFeaturesTest {
  private static final WordFeatures WORDS = WordFeatures.of(List.of("# test"), Map.of(
      "أسامة", new String[] {"k64=3", "k256=17"},
      "الرئيس", new String[] {"k64=9", "k256=40", "title"}));

  @Test
  void writesAndReadsBackTheSameFeaturesInUtf8() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WORDS.write(out);
    String file = out.toString(StandardCharsets.UTF_8);
    assertEquals("# test\nأسامة\tk64=3\tk256=17\nالرئيس\tk64=9\tk256=40\ttitle\n", file);
    WordFeatures back = WordFeatures.read(new ByteArrayInputStream(out.toByteArray()));
    assertArrayEquals(new String[] {"k64=9", "k256=40", "title"}, back.of("الرئيس"));
    assertNull(back.of("وزير"));
  }

  @Test
  void aWordWithProcliticsTakesTheFeaturesOfItsBareForm() {
    List<String> features = new ArrayList<>();
    new WordFeatureGenerator(WORDS, true)
        .createFeatures(features, new String[] {"قال", "وأسامة"}, 1, new String[] {"other"});
    assertEquals(List.of("k64=3", "k256=17", "stem=أسامة"), features);
  }

  @Test
  void aKnownWordKeepsItsOwnFeatures() {
    List<String> features = new ArrayList<>();
    new WordFeatureGenerator(WORDS, true).createFeatures(features, new String[] {"الرئيس"}, 0, new String[0]);
    assertEquals(List.of("k64=9", "k256=40", "title"), features);
  }
}
