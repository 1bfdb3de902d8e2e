package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.StoredDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerStoreTest {
  @TempDir Path dir;

  private void index(IndexedDocument... docs) {
    try (DocumentIndexer w = DocumentIndexer.open(dir)) {
      for (IndexedDocument d : docs) {
        w.add(d);
      }
      w.commit();
    }
  }

  private static List<String> labels(LedgerView view) {
    return view.promise(0).links().stream().map(l -> l.label().label()).toList();
  }

  @Test
  void addingADocumentUpdatesTheLedgerOnItsNextUse() {
    index(LedgerDocuments.pipeline2020());
    try (LedgerView view = LedgerStore.of(dir, LedgerDocuments.MODELS).open()) {
      assertEquals(List.of("first_made"), labels(view));
      assertEquals(StoredDocuments.commitName(dir), view.commit());
    }
    index(LedgerDocuments.opened2025());
    try (LedgerView view = LedgerStore.of(dir, LedgerDocuments.MODELS).open()) {
      assertEquals(1, view.summaries().size());
      assertEquals(List.of("first_made", "fulfilled"), labels(view));
      assertEquals("fulfilled", view.summaries().get(0).status());
      assertEquals("2025-05-20", view.latestDate());
    }
  }

  @Test
  void anUpdateKeepsTheStatementsOfDocumentsAlreadyRead() throws Exception {
    index(LedgerDocuments.trade2019(), LedgerDocuments.trade2021());
    Ledger first = LedgerStore.of(dir, LedgerDocuments.MODELS).update();
    index(LedgerDocuments.trade2023());
    Ledger second = LedgerStore.of(dir, LedgerDocuments.MODELS).update();
    assertEquals(List.of("t19", "t21", "t23"), second.documents().keySet().stream().sorted().toList());
    assertEquals(first.statements(), second.statements().subList(0, 2));
    assertEquals(List.of("first_made", "repeated", "changed"),
        second.promises().get(0).links().stream().map(l -> l.label().label()).toList());
    assertNotEquals(first.commit(), second.commit());
    assertEquals(second.statements(), LedgerFile.readStatements(dir).statements());
  }

  @Test
  void writesThroughATemporaryFileAndLeavesNoneBehind() throws Exception {
    index(LedgerDocuments.trade2019());
    LedgerStore.of(dir, LedgerDocuments.MODELS).update();
    try (Stream<Path> files = Files.list(dir)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
    assertEquals(LedgerFile.MAGIC, new java.io.DataInputStream(Files.newInputStream(dir.resolve(LedgerFile.LEDGER)))
        .readInt());
  }

  @Test
  void aTruncatedLedgerIsRebuiltFromTheIndex() throws Exception {
    index(LedgerDocuments.trade2019(), LedgerDocuments.trade2021());
    LedgerStore.of(dir, LedgerDocuments.MODELS).update();
    Path file = dir.resolve(LedgerFile.LEDGER);
    Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 20));
    Files.write(dir.resolve(LedgerFile.STATEMENTS), new byte[] {1, 2, 3});
    try (LedgerView view = LedgerStore.of(dir, LedgerDocuments.MODELS).open()) {
      assertEquals(List.of("first_made", "repeated"), labels(view));
    }
  }

  /** Parties that count the documents the ledger reads (each read asks once for the document's countries). */
  private static final class CountingParties implements Parties {
    private final DocumentParties parties = new DocumentParties();
    private final List<String> read = new java.util.ArrayList<>();

    @Override
    public List<String> countriesOf(String holder, IndexedDocument doc) {
      return parties.countriesOf(holder, doc);
    }

    @Override
    public List<String> countriesIn(String text) {
      return parties.countriesIn(text);
    }

    @Override
    public List<String> countriesOf(IndexedDocument doc) {
      read.add(doc.id());
      return parties.countriesOf(doc);
    }
  }

  @Test
  void anUpdateReadsOnlyTheDocumentsAddedSinceAndDropsTheRemovedOnes() {
    CountingParties parties = new CountingParties();
    LedgerStore store = new LedgerStore(dir, parties, LinkerSettings.defaults(), LedgerDocuments.WEIGHTS);
    index(LedgerDocuments.trade2019(), LedgerDocuments.trade2021());
    store.update();
    assertEquals(List.of("t19", "t21"), parties.read.stream().sorted().toList());
    parties.read.clear();
    index(LedgerDocuments.trade2023());
    assertEquals(List.of("first_made", "repeated", "changed"),
        store.update().promises().get(0).links().stream().map(l -> l.label().label()).toList());
    assertEquals(List.of("t23"), parties.read);
    parties.read.clear();
    IndexedDocument t21 = LedgerDocuments.trade2021();
    // the same source with other text replaces the 2021 document: its statements leave the ledger
    index(new IndexedDocument("t21b", t21.source(), "ar", "news", "بغداد، 14 حزيران 2021\n", List.of(), List.of(),
        List.of(), List.of(), List.of(), t21.date()));
    Ledger after = store.update();
    assertEquals(List.of("t21b"), parties.read);
    assertEquals(List.of("first_made", "changed"),
        after.promises().get(0).links().stream().map(l -> l.label().label()).toList());
  }
}
