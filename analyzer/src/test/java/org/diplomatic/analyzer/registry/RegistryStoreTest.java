package org.diplomatic.analyzer.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryStoreTest {
  @TempDir Path dir;

  private static IndexedDocument doc(String id, String date, IndexedDocument.Official... officials) {
    return new IndexedDocument(id, id + ".txt", "ar", "news", "نص الخبر " + id, List.of(officials), List.of(),
        List.of(), List.of(), List.of(), date);
  }

  private static IndexedDocument.Official official(String name, String country, String role) {
    return new IndexedDocument.Official(name, country, role);
  }

  private static List<String> people(Registry registry) {
    return registry.entries().stream().map(e -> e.id() + " " + e.name() + " " + e.documents().size()).toList();
  }

  @Test
  void addingDocumentsUpdatesTheRegistryKeepingEntryIds() throws Exception {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(doc("a", "2015-07-21", official("عادل الجبير", "SA", "وزير الخارجية السعودي"),
          official("جون كيري", "US", "وزير الخارجية الأمريكي")));
      w.commit();
    }
    Registry first = RegistryStore.open(index);
    assertEquals(List.of("p1 عادل الجبير 1", "p2 جون كيري 1"), people(first));
    assertTrue(Files.isRegularFile(index.resolve(RegistryStore.FILE)));
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(doc("b", "2015-08-11", official("سيرغي لافروف", "RU", null),
          official("عادل بن أحمد الجبير", "SA", "وزير الخارجية")));
      w.commit();
    }
    Registry second = RegistryStore.open(index);
    assertEquals(List.of("p1 عادل بن أحمد الجبير 2", "p2 جون كيري 1", "p3 سيرغي لافروف 1"), people(second));
    assertEquals("2015-08-11", second.entries().get(0).last());
    // Read back as written: the same generation, no rebuild.
    Registry read = RegistryStore.read(index.resolve(RegistryStore.FILE));
    assertEquals(second.generation(), read.generation());
    assertEquals(people(second), people(read));
  }

  @Test
  void aRemovedDocumentIsRegroupedAway() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(doc("a", null, official("بشار الأسد", "SY", "الرئيس السوري")));
      w.add(doc("b", null, official("بشار اسد", "SY", "رئيس جمهور سوريه")));
      w.commit();
    }
    assertEquals(List.of("p1 بشار الأسد 2"), people(RegistryStore.open(index)));
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      // the same source with other text replaces document a
      w.add(new IndexedDocument("a2", "a.txt", "ar", "news", "نص آخر", List.of(), List.of(), List.of(), List.of(),
          List.of(), null));
      w.commit();
    }
    Registry after = RegistryStore.open(index);
    assertEquals(List.of("p1 بشار اسد 1"), people(after));
    assertEquals(List.of("a2", "b"), after.documents().stream().map(RegistryDocument::id).sorted().toList());
  }

  @Test
  void writesThroughATemporaryFileAndIgnoresAHalfWrittenOne() throws Exception {
    RegistryBuilder builder = new RegistryBuilder();
    builder.add(new RegistryDocument("d1", "a.txt", "2025-10-14"),
        List.of(new RegistryBuilder.Official("هيثم الساعدي", "وزير الاتصالات العراقي", "IQ")));
    Path file = dir.resolve(RegistryStore.FILE);
    RegistryStore.write(builder.build(3), file);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(RegistryStore.FILE), files.map(f -> f.getFileName().toString()).toList());
    }
    // A crash while writing leaves a partial temporary file beside the complete registry: it is never read.
    Files.write(dir.resolve(RegistryStore.FILE + ".tmp"), new byte[] {0x4f, 0x52});
    Registry read = RegistryStore.read(file);
    assertEquals(3, read.generation());
    assertEquals("هيثم الساعدي", read.entries().get(0).name());
    // A damaged registry file reads as none, so it is rebuilt from the index.
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertNull(RegistryStore.read(file));
  }

  @Test
  void aRegistryOlderThanTheIndexOrDamagedIsRebuiltOnFirstUse() throws Exception {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(doc("a", null, official("خالد بحاح", "YE", "نائب الرئيس اليمني")));
      w.commit();
    }
    Files.write(index.resolve(RegistryStore.FILE), new byte[] {1, 2, 3});
    assertEquals(List.of("p1 خالد بحاح 1"), people(RegistryStore.open(index)));
    assertEquals(List.of("p1 خالد بحاح 1"), people(RegistryStore.read(index.resolve(RegistryStore.FILE))));
  }

  @Test
  void removingADocumentKeepsTheIdsOfThePeopleLeftAndNeverGivesAnIdAgain() {
    Path index = dir.resolve("idx");
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(doc("a", "2015-07-21", official("عادل الجبير", "SA", "وزير الخارجية السعودي")));
      w.add(doc("b", "2015-07-22", official("جون كيري", "US", "وزير الخارجية الأمريكي")));
      w.add(doc("c", "2015-07-23", official("سيرغي لافروف", "RU", "وزير الخارجية الروسي")));
      w.commit();
    }
    assertEquals(List.of("p1 عادل الجبير 1", "p2 جون كيري 1", "p3 سيرغي لافروف 1"),
        people(RegistryStore.open(index)));
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      // the same source with other text replaces document b: Kerry leaves the index
      w.add(new IndexedDocument("b2", "b.txt", "ar", "news", "نص آخر", List.of(), List.of(), List.of(), List.of(),
          List.of(), null));
      w.commit();
    }
    assertEquals(List.of("p1 عادل الجبير 1", "p3 سيرغي لافروف 1"), people(RegistryStore.open(index)));
    try (DocumentIndexer w = DocumentIndexer.open(index)) {
      w.add(doc("d", "2015-08-11", official("محمد جواد ظريف", "IR", "وزير الخارجية الإيراني"),
          official("سيرغي لافروف", "RU", "وزير الخارجية الروسي")));
      w.commit();
    }
    assertEquals(List.of("p1 عادل الجبير 1", "p3 سيرغي لافروف 2", "p4 محمد جواد ظريف 1"),
        people(RegistryStore.open(index)));
    assertEquals(List.of("p1 عادل الجبير 1", "p3 سيرغي لافروف 2", "p4 محمد جواد ظريف 1"),
        people(RegistryStore.read(index.resolve(RegistryStore.FILE))));
  }
}
