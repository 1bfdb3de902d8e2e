package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveDocumentIdsTest {
  @TempDir Path dir;

  private static IndexedDocument doc(String id, String source, String text) {
    return new IndexedDocument(id, source, "ar", "news", text, List.of(), List.of(),
        List.of(new IndexedDocument.Figure("20 مليار دولار", 2e10, null, null, "USD", null)),
        List.of(new IndexedDocument.Commitment(text, "agreement", "الجانبان", null, null, null, List.of())),
        List.of());
  }

  @Test
  void givesTheLiveDocumentsWithoutTheirFiguresAndCommitmentsNorReplacedOnes() {
    try (DocumentIndexer w = DocumentIndexer.open(dir)) {
      w.add(doc("a", "ar/a.txt", "اتفق الجانبان على رفع التبادل التجاري إلى 20 مليار دولار"));
      w.add(doc("b", "ar/b.txt", "اتفق الجانبان على افتتاح منفذ جميمة"));
      w.commit();
    }
    try (DocumentIndexer w = DocumentIndexer.open(dir)) {
      // the same source with other text replaces document b
      w.add(doc("b2", "ar/b.txt", "اتفق الجانبان على افتتاح منفذ عرعر"));
      w.commit();
    }
    try (StoredDocuments stored = StoredDocuments.open(dir)) {
      assertEquals(Set.of("a", "b2"), stored.ids());
    }
    StoredOfficials.Scan<String> scan = StoredOfficials.scan(dir, id -> id.equals("b2"), IndexedDocument::text);
    assertEquals(Set.of("a", "b2"), scan.liveIds());
    assertEquals(List.of("اتفق الجانبان على افتتاح منفذ عرعر"), scan.wanted());
  }
}
