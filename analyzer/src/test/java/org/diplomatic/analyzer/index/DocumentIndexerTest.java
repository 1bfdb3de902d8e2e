package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIndexerTest {
  @TempDir Path dir;

  private long total(Path index) {
    try (IndexSearch s = IndexSearch.open(index)) {
      return s.search(new SearchRequest("", 10, null, null, null, null, null, null, null, null, false)).total();
    }
  }

  @Test
  void reindexingTheSameContentIsUnchangedAndNeverDuplicates() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      assertEquals(DocumentIndexer.Outcome.ADDED, w.add(IndexFixtures.iraqIranTelecom("a.txt")));
      assertEquals(DocumentIndexer.Outcome.ADDED, w.add(IndexFixtures.gasOman("b.txt")));
      w.commit();
    }
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      assertEquals(DocumentIndexer.Outcome.UNCHANGED, w.add(IndexFixtures.iraqIranTelecom("a.txt")));
      w.commit();
    }
    assertEquals(2, total(index));
  }

  @Test
  void aChangedFileReplacesItsOldVersion() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(IndexFixtures.iraqIranTelecom("a.txt"));
      w.commit();
    }
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      assertEquals(DocumentIndexer.Outcome.REPLACED, w.add(IndexFixtures.gasOman("a.txt")));
      w.commit();
    }
    try (IndexSearch s = IndexSearch.open(index)) {
      SearchResult r = s.search(new SearchRequest("", 10, null, null, null, null, null, null, null, null, false));
      assertEquals(1, r.total());
      assertEquals("id-ar-gas", r.hits().get(0).id());
      assertEquals(0, s.search(new SearchRequest("الساعدي", 10, null, null, null, null, null, null, null, null,
          false)).total());
    }
  }

  @Test
  void theSameTextUnderAnotherNameReplacesInsteadOfDuplicating() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(IndexFixtures.iraqIranTelecom("old/a.txt"));
      w.commit();
    }
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(IndexFixtures.iraqIranTelecom("new/a.txt"));
      w.commit();
    }
    assertEquals(1, total(index));
  }

  @Test
  void pruneRemovesDocumentsWhoseFilesAreGone() throws Exception {
    Path index = dir.resolve("idx");
    Path kept = Files.writeString(dir.resolve("kept.txt"), "x");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(IndexFixtures.iraqIranTelecom(kept.toString()));
      w.add(IndexFixtures.gasOman(dir.resolve("deleted.txt").toString()));
      w.commit();
    }
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      assertEquals(List.of(dir.resolve("deleted.txt").toString()), w.pruneMissingSources());
      w.commit();
    }
    assertEquals(1, total(index));
  }

  @Test
  void nothingIsVisibleBeforeCommit() {
    Path index = dir.resolve("idx");
    DocumentIndexer w = DocumentIndexer.open(index);
    w.add(IndexFixtures.iraqIranTelecom("a.txt"));
    w.commit();
    w.add(IndexFixtures.gasOman("b.txt"));
    assertEquals(1, total(index));
    w.close();
    assertEquals(2, total(index));
  }

  @Test
  void aCorruptIndexIsAnErrorNamingTheFolder() throws Exception {
    Path index = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(index.resolve("segments_1"), "not a lucene file");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> IndexSearch.open(index));
    assertTrue(e.getMessage().startsWith("index at " + index + " is corrupt or not ours"), e.getMessage());
  }

  @Test
  void aMissingIndexIsAnErrorNamingTheFolder() {
    Path index = dir.resolve("nowhere");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> IndexSearch.open(index));
    assertEquals("no index at " + index + " (run 'analyzer index' first)", e.getMessage());
  }
}
