package org.diplomatic.analyzer.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing A and then adding B gives the registry that indexing A and B at once gives, on the corpus split in two. */
class RegistryUpdateTest {
  private static final Path CORPUS = Path.of(System.getProperty("analyzer.root", "..")).resolve("corpus");
  private static List<IndexedDocument> documents;

  @TempDir Path dir;

  @BeforeAll
  static void readCorpus() {
    documents = GoldCorpus.open(CORPUS).all().stream().map(d -> new IndexedDocument(d.id(), d.id() + ".txt",
        d.lang(), d.genre(), d.id(), d.officials().stream()
            .map(o -> new IndexedDocument.Official(o.name(), o.country(), o.role())).toList(), d.areas(),
        List.of(), List.of(), List.of(), d.date())).toList();
  }

  private Registry indexed(String name, List<List<IndexedDocument>> batches) {
    Path index = dir.resolve(name);
    Registry registry = null;
    for (List<IndexedDocument> batch : batches) {
      try (DocumentIndexer w = DocumentIndexer.open(index)) {
        batch.forEach(w::add);
        w.commit();
      }
      registry = RegistryStore.open(index);
    }
    return registry;
  }

  private static List<String> withoutIds(Registry registry) {
    return registry.entries().stream().map(e -> e.name() + " " + e.country() + " " + e.spellings() + " "
        + e.roles() + " " + e.first() + " " + e.last() + " " + e.documents()).toList();
  }

  @Test
  void addingTheNewerHalfGivesTheRegistryOfAFullBuildIdsIncluded() {
    List<IndexedDocument> inOrder = new ArrayList<>(documents);
    inOrder.sort(Comparator.comparing(d -> new RegistryDocument(d.id(), d.source(), d.date()),
        RegistryDocument.TIME_ORDER));
    int half = inOrder.size() / 2;
    Registry full = indexed("full", List.of(inOrder));
    Registry added = indexed("added", List.of(inOrder.subList(0, half), inOrder.subList(half, inOrder.size())));
    assertEquals(documents.size(), added.documents().size());
    assertEquals(full.documents(), added.documents());
    assertEquals(full.mentions(), added.mentions());
    assertArrayEquals(people(full), people(added));
    assertEquals(full.entries(), added.entries());
  }

  @Test
  void addingDocumentsOlderThanTheIndexedOnesGivesThePeopleOfAFullBuild() {
    List<IndexedDocument> odd = new ArrayList<>();
    List<IndexedDocument> even = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      (i % 2 == 0 ? even : odd).add(documents.get(i));
    }
    Registry full = indexed("full", List.of(documents));
    Registry added = indexed("added", List.of(even, odd));
    assertEquals(full.documents(), added.documents());
    assertEquals(full.mentions(), added.mentions());
    assertArrayEquals(people(full), people(added));
    assertEquals(withoutIds(full), withoutIds(added));
  }

  private static int[] people(Registry registry) {
    int[] people = new int[registry.mentions().size()];
    for (int i = 0; i < people.length; i++) {
      people[i] = registry.personOf(i);
    }
    return people;
  }
}
