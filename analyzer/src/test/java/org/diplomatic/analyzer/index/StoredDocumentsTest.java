package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredDocumentsTest {
  @TempDir Path dir;

  private static IndexedDocument doc(String id, String source, String text) {
    return new IndexedDocument(id, source, "ar", "news", text, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private void index() {
    try (DocumentIndexer w = DocumentIndexer.open(dir)) {
      w.add(doc("c", "ar/c.txt", "اجتماع ثالث"));
      w.add(doc("a", "ar/a.txt", "اجتماع أول"));
      w.add(doc("b", "ar/b.txt", "اجتماع ثان"));
      w.commit();
    }
  }

  @Test
  void forEachHandsOnlyTheWantedDocumentsInOrderOfSource() {
    index();
    List<String> seen = new ArrayList<>();
    try (StoredDocuments stored = StoredDocuments.open(dir)) {
      stored.forEach(id -> !id.equals("b"), d -> seen.add(d.id() + " " + d.text()));
    }
    assertEquals(List.of("a اجتماع أول", "c اجتماع ثالث"), seen);
  }

  @Test
  void allAndIdsAgreeWithForEach() {
    index();
    try (StoredDocuments stored = StoredDocuments.open(dir)) {
      assertEquals(List.of("a", "b", "c"), stored.all().stream().map(IndexedDocument::id).toList());
      assertEquals(Set.of("a", "b", "c"), stored.ids());
    }
  }
}
