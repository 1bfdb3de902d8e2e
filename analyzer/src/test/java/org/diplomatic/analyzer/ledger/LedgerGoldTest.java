package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.junit.jupiter.api.Test;

/** corpus/ledger agrees with the corpus: every item exists, each series sits in one held-out split. */
class LedgerGoldTest {
  private static final Path CORPUS = Path.of(System.getProperty("analyzer.root", "..")).resolve("corpus");

  @Test
  void everyItemNamesAGoldCommitmentOrSentenceOfAHeldOutDocument() {
    GoldCorpus corpus = GoldCorpus.open(CORPUS);
    LedgerGold gold = LedgerGold.read(CORPUS.resolve("ledger"));
    Map<String, GoldDocument> docs = new HashMap<>();
    corpus.all().forEach(d -> docs.put(d.id(), d));
    Map<String, GoldCorpus.Split> splitOfPromise = new HashMap<>();
    for (LedgerGold.Item i : gold.items()) {
      GoldDocument d = docs.get(i.doc());
      int k = Integer.parseInt(i.item().substring(1));
      int size = i.item().startsWith("c") ? d.commitments().size() : d.sentences().size();
      assertTrue(k < size, i.toString());
      GoldCorpus.Split split = corpus.splitOf(i.doc());
      assertNotEquals(GoldCorpus.Split.TRAIN, split, i.toString());
      assertEquals(split, splitOfPromise.computeIfAbsent(i.promise(), p -> split), i.toString());
      assertTrue(gold.statuses().containsKey(i.promise()), i.promise());
    }
    assertEquals(573, gold.items().size());
    assertEquals(269, gold.statuses().size());
    assertEquals(List.of("open", "overdue", "fulfilled"),
        gold.statuses().values().stream().distinct().toList());
  }
}
