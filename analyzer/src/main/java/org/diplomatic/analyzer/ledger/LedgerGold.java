package org.diplomatic.analyzer.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;

/**
 * The ledger gold of {@code corpus/ledger}: {@code series.tsv} (document id, item: {@code c<n>} the n-th gold
 * commitment or {@code s<n>} the n-th gold sentence, promise id, link label) and {@code promises.tsv} (promise id,
 * status as of the latest document of its split, description).
 */
public record LedgerGold(List<Item> items, Map<String, String> statuses) {
  /** One gold item of a series. */
  public record Item(String doc, String item, String promise, LinkLabel label) {}

  public static LedgerGold read(Path dir) {
    List<Item> items = new ArrayList<>();
    for (String[] row : rows(dir.resolve("series.tsv"), 4)) {
      items.add(new Item(row[0], row[1], row[2], LinkLabel.of(row[3])));
    }
    Map<String, String> statuses = new LinkedHashMap<>();
    for (String[] row : rows(dir.resolve("promises.tsv"), 2)) {
      statuses.put(row[0], row[1]);
    }
    return new LedgerGold(items, statuses);
  }

  /** The ids of the documents of the series. */
  public List<String> documents() {
    return items.stream().map(Item::doc).distinct().toList();
  }

  /** The documents of {@code gold}'s {@code split} that are in a series, in the split's order. */
  public List<GoldDocument> documentsIn(GoldCorpus gold, GoldCorpus.Split split) {
    java.util.Set<String> ids = java.util.Set.copyOf(documents());
    return gold.documents(split).stream().filter(d -> ids.contains(d.id())).toList();
  }

  /** The items of the series' documents {@code docs} alone, with every status. */
  LedgerGold subset(java.util.Set<String> docs) {
    return new LedgerGold(items.stream().filter(i -> docs.contains(i.doc())).toList(), statuses);
  }

  private static List<String[]> rows(Path file, int columns) {
    try {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < columns) {
          throw new IllegalArgumentException(file + ": want " + columns + " columns: " + line);
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
