package org.diplomatic.analyzer.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import org.diplomatic.analyzer.eval.FMeasure;

/**
 * Scores the registry's grouping against hand-made clusters ({@code corpus/registry/clusters.tsv}: doc, name,
 * cluster, role, country, date): the registry is built from the gold officials of the documents of one half, in
 * date order, and compared pairwise and by B-cubed precision and recall. The halves split the documents by a
 * CRC-32 of their id (even: tuning, odd: held-out), so each person's documents fall on both sides.
 */
public final class ClusterEvaluation {
  private ClusterEvaluation() {}

  /** One gold official: its document, name, hand-made cluster and what the registry is given. */
  public record Row(String doc, String name, String cluster, String role, String country, String date) {}

  /** Scores of one set of documents. */
  public record Scores(String set, int documents, int officials, int goldPeople, int people, FMeasure pairs,
      double bcubedPrecision, double bcubedRecall) {
    public double bcubedF1() {
      double p = bcubedPrecision;
      double r = bcubedRecall;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format("%-9s %3d documents, %3d officials, %3d people (gold %3d): B-cubed P=%.3f R=%.3f F1=%.3f;"
              + " pairs %s", set, documents, officials, people, goldPeople, bcubedPrecision, bcubedRecall,
          bcubedF1(), pairs);
    }
  }

  /** An official found by the extractor in a document: name, role and country as extracted. */
  public record Found(String name, String role, String country) {}

  /**
   * Rows for the officials found in document {@code doc}, each with the cluster of the gold official of that document
   * it names (same folded name, else the one gold official it is a short or long form of) or, when none, a cluster
   * of its own; the document date is the gold rows'. Scored like gold rows, this measures the registry end to end.
   */
  public static List<Row> matched(List<Row> gold, String doc, List<Found> found) {
    List<Row> own = gold.stream().filter(r -> r.doc().equals(doc)).toList();
    String date = own.isEmpty() ? null : own.get(0).date();
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      PersonName name = PersonName.of(f.name());
      List<Row> same = own.stream().filter(r -> PersonName.of(r.name()).key().equals(name.key())).toList();
      if (same.isEmpty()) {
        same = own.stream().filter(r -> NameRelation.of(name, PersonName.of(r.name())) != NameRelation.NONE).toList();
      }
      String cluster = same.size() == 1 ? same.get(0).cluster() : doc + "/found-" + (i + 1);
      out.add(new Row(doc, f.name(), cluster, f.role(), f.country(), date));
    }
    return out;
  }

  public static List<Row> read(Path clusters) {
    try {
      List<String> lines = Files.readAllLines(clusters, StandardCharsets.UTF_8);
      List<Row> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split("\t", -1);
        if (c.length < 6) {
          throw new IllegalArgumentException(clusters + ": expected 6 columns: " + line);
        }
        rows.add(new Row(c[0], c[1], c[2], blank(c[3]), blank(c[4]), blank(c[5])));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + clusters, e);
    }
  }

  /** Tuning half, held-out half and all documents. */
  public static List<Scores> evaluate(List<Row> rows) {
    return List.of(
        score("tuning", rows, r -> half(r.doc()) == 0),
        score("held-out", rows, r -> half(r.doc()) == 1),
        score("all", rows, r -> true));
  }

  static int half(String doc) {
    CRC32 crc = new CRC32();
    crc.update(doc.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % 2);
  }

  static Scores score(String set, List<Row> all, Predicate<Row> keep) {
    Map<String, List<Row>> byDoc = new LinkedHashMap<>();
    all.stream().filter(keep).forEach(r -> byDoc.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r));
    List<String> docs = new ArrayList<>(byDoc.keySet());
    docs.sort(Comparator.comparing((String d) -> byDoc.get(d).get(0).date(),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(d -> d));
    RegistryBuilder builder = new RegistryBuilder();
    List<Row> order = new ArrayList<>();
    for (String doc : docs) {
      List<Row> rows = byDoc.get(doc);
      builder.add(new RegistryDocument(doc, doc, rows.get(0).date()),
          rows.stream().map(r -> new RegistryBuilder.Official(r.name(), r.role(), r.country())).toList());
      order.addAll(rows);
    }
    Registry registry = builder.build(-1);
    if (registry.mentions().size() != order.size()) {
      throw new IllegalStateException("an official with an empty name in " + set);
    }
    String[] gold = order.stream().map(Row::cluster).toArray(String[]::new);
    int[] predicted = new int[order.size()];
    for (int i = 0; i < predicted.length; i++) {
      predicted[i] = registry.personOf(i);
    }
    return scores(set, docs.size(), gold, predicted);
  }

  static Scores scores(String set, int documents, String[] gold, int[] predicted) {
    Map<String, Integer> goldSize = new HashMap<>();
    Map<Integer, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.length; i++) {
      goldSize.merge(gold[i], 1, Integer::sum);
      predictedSize.merge(predicted[i], 1, Integer::sum);
      both.merge(gold[i] + "\u0000" + predicted[i], 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < gold.length; i++) {
      int common = both.get(gold[i] + "\u0000" + predicted[i]);
      precision += common / (double) predictedSize.get(predicted[i]);
      recall += common / (double) goldSize.get(gold[i]);
    }
    long truePairs = both.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long predictedPairs = predictedSize.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long goldPairs = goldSize.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    FMeasure pairs = new FMeasure();
    pairs.add(truePairs, predictedPairs - truePairs, goldPairs - truePairs);
    int n = Math.max(1, gold.length);
    return new Scores(set, documents, gold.length, goldSize.size(), predictedSize.size(), pairs, precision / n,
        recall / n);
  }

  private static String blank(String s) {
    return s.isBlank() ? null : s;
  }
}
