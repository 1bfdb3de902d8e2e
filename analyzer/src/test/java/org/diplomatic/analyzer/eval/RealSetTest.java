package org.diplomatic.analyzer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real-set gold file names its article; the text is read from the news folder, never from the set itself. */
class RealSetTest {
  @TempDir Path dir;

  @Test
  void readsTheArticleTitleLineBreakAndTextFromTheNewsFolder() throws IOException {
    NewsArchive news = NewsArchive.at(NewsFixture.news(dir)).orElseThrow();
    assertEquals(NewsFixture.TITLE + "\n" + NewsFixture.TEXT, news.text("ar/paper/day.jsonl.gz", "paper-1"));
  }

  @Test
  void aMissingNewsFolderIsNoArchive() {
    assertEquals(Optional.empty(), NewsArchive.at(dir.resolve("no-such-folder")));
  }

  @Test
  void anArticleNotInItsFileIsAnErrorNamingBoth() throws IOException {
    NewsArchive news = NewsArchive.at(NewsFixture.news(dir)).orElseThrow();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> news.text("ar/paper/day.jsonl.gz", "paper-9"));
    assertTrue(e.getMessage().startsWith("article paper-9 is not in "), e.getMessage());
    assertTrue(e.getMessage().endsWith("day.jsonl.gz"), e.getMessage());
  }

  @Test
  void aGoldFileByReferenceReadsItsTextAndValidatesWithoutAreas() throws IOException {
    NewsArchive news = NewsArchive.at(NewsFixture.news(dir)).orElseThrow();
    GoldCorpus real = GoldCorpus.open(NewsFixture.realSet(dir, "عادل الجبير", NewsFixture.jubeirStart()), news);
    GoldDocument doc = real.documents(GoldCorpus.Split.DEV).get(0);
    assertEquals("ar-real-001", doc.id());
    assertEquals(NewsFixture.TITLE + "\n" + NewsFixture.TEXT, doc.text());
    assertEquals("عادل الجبير", doc.officials().get(0).name());
    assertEquals(List.of(), new CorpusValidator().validate(real).problems());
  }

  @Test
  void offsetsThatMissTheArticleTextAreReported() throws IOException {
    NewsArchive news = NewsArchive.at(NewsFixture.news(dir)).orElseThrow();
    GoldCorpus real = GoldCorpus.open(NewsFixture.realSet(dir, "عادل الجبير", NewsFixture.jubeirStart() + 1), news);
    assertEquals(List.of("ar-real-001: mention of عادل الجبير at 54-65 is 'ادل الجبير ', not 'عادل الجبير'"),
        new CorpusValidator().validate(real).problems());
  }

  @Test
  void withoutANewsFolderAGoldFileByReferenceCannotBeRead() throws IOException {
    GoldCorpus real = GoldCorpus.open(NewsFixture.realSet(dir, "عادل الجبير", NewsFixture.jubeirStart()));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> real.read("ar-real-001"));
    assertTrue(e.getMessage().endsWith("names a published article, but no news folder was given"), e.getMessage());
  }
}
