package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexing A and then adding B gives the ledger (promises, links, labels, details, statuses) that indexing A and B at
 * once gives: on the whole corpus (its gold analysis, the ledger series included) split in two.
 */
class LedgerUpdateTest {
  private static final Path CORPUS = Path.of(System.getProperty("analyzer.root", "..")).resolve("corpus");
  private static List<IndexedDocument> documents;

  @TempDir Path dir;

  @BeforeAll
  static void readCorpus() {
    DeadlineDates deadlines = DeadlineDates.load();
    documents = GoldCorpus.open(CORPUS).all().stream().map(d -> LedgerEvaluator.fromGold(d, deadlines)).toList();
  }

  private Ledger indexed(String name, List<List<IndexedDocument>> batches) {
    Path index = dir.resolve(name);
    Ledger ledger = null;
    for (List<IndexedDocument> batch : batches) {
      try (DocumentIndexer w = DocumentIndexer.open(index)) {
        batch.forEach(w::add);
        w.commit();
      }
      ledger = LedgerStore.of(index, LedgerDocuments.MODELS).update();
    }
    return ledger;
  }

  private void assertSameLedger(List<IndexedDocument> a, List<IndexedDocument> b) {
    List<IndexedDocument> all = new ArrayList<>(a);
    all.addAll(b);
    Ledger full = indexed("full", List.of(all));
    Ledger added = indexed("added", List.of(a, b));
    assertTrue(full.promises().stream().anyMatch(p -> p.links().size() > 2), "a ledger with promises followed");
    assertEquals(full.documents(), added.documents());
    assertEquals(full.statements(), added.statements());
    assertEquals(full.promises(), added.promises());
  }

  @Test
  void addingTheNewerHalfGivesTheLedgerOfAFullBuild() {
    List<IndexedDocument> inOrder = new ArrayList<>(documents);
    inOrder.sort(Comparator.comparing((IndexedDocument d) -> d.date() == null ? "~" : d.date())
        .thenComparing(IndexedDocument::id));
    int half = inOrder.size() / 2;
    assertSameLedger(inOrder.subList(0, half), inOrder.subList(half, inOrder.size()));
  }

  @Test
  void addingDocumentsOlderThanTheIndexedOnesRelinksFromTheOldestAdded() {
    List<IndexedDocument> odd = new ArrayList<>();
    List<IndexedDocument> even = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      (i % 2 == 0 ? even : odd).add(documents.get(i));
    }
    assertSameLedger(even, odd);
  }
}
