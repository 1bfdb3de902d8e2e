package org.diplomatic.analyzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.Test;

class RegistryBenchTest {
  @Test
  void reportsTheCorpusAndTheClonesRegistries() {
    BenchConfig config = new BenchConfig(Path.of("../corpus"), Path.of("../models"), null, 20, 300, 0, 1, 1, 1, 0,
        WorkloadGenerator.DEFAULT_SEED);
    String out = RegistryBench.run(config, new PrintWriter(new StringWriter()));
    assertTrue(out.startsWith("\nregistry of officials\n  corpus (289 documents, 813 officials, "), out);
    assertTrue(out.contains("\n  300 documents (index built in "), out);
    assertTrue(out.contains("+1000 documents updated in "), out);
    assertTrue(out.endsWith("cold 'officials' not run (--cold-runs 0)\n"), out);
  }

  @Test
  void clonesAddOneRecombinedOfficialEachWithAFixedSeed() {
    List<IndexedDocument> base = List.of(new IndexedDocument("a", "a.txt", "ar", "news", "نص",
        List.of(new IndexedDocument.Official("عادل الجبير", "SA", "وزير الخارجية")), List.of(), List.of(),
        List.of(), List.of(), "2015-07-21"));
    List<IndexedDocument> clones = RegistryBench.clones(base, 3, new Random(1));
    assertEquals(List.of("clone-000000", "clone-000001", "clone-000002"),
        clones.stream().map(IndexedDocument::id).toList());
    clones.forEach(c -> assertEquals(List.of("عادل الجبير", "عادل الجبير"),
        c.officials().stream().map(IndexedDocument.Official::name).toList()));
    assertEquals(clones, RegistryBench.clones(base, 3, new Random(1)));
  }
}
