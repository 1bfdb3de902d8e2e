package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Leave-one-series-out cross-validation of the pair scorers on the series of one split: each series (documents
 * joined by a shared promise) is scored once, in a ledger of all the split's documents, by the hand-set rules and by a
 * {@link LogisticPairScorer} trained on the other series' pairs (from gold commitments); only that series' items count.
 * What this estimates is a series no scorer was fitted to, which the rules, tuned on all of dev, cannot show.
 */
public final class PairScorerValidation {
  private PairScorerValidation() {}

  /** Sums of per-item and per-promise scores over the held-out series. */
  private static final class Totals {
    int items;
    int promises;
    double precision;
    double recall;
    double labels;
    double statuses;

    void add(LedgerEvaluator.Scores s) {
      items += s.items();
      promises += s.promises();
      precision += s.precision() * s.items();
      recall += s.recall() * s.items();
      labels += s.labelAccuracy() * s.items();
      statuses += s.statusAccuracy() * s.promises();
    }

    @Override
    public String toString() {
      double p = precision / items;
      double r = recall / items;
      return String.format("%d items, %d promises: B-cubed P %.3f R %.3f F1 %.3f; label accuracy %.3f; status "
          + "accuracy %.3f", items, promises, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), labels / items,
          statuses / promises);
    }
  }

  /** The series of {@code gold}: its documents grouped by shared promises, each group's document ids. */
  static List<Set<String>> series(LedgerGold gold, Set<String> documents) {
    Map<String, String> parent = new HashMap<>();
    Map<String, String> firstDocOf = new HashMap<>();
    for (LedgerGold.Item i : gold.items()) {
      if (!documents.contains(i.doc())) {
        continue;
      }
      parent.putIfAbsent(i.doc(), i.doc());
      String other = firstDocOf.putIfAbsent(i.promise(), i.doc());
      if (other != null) {
        parent.put(root(parent, i.doc()), root(parent, other));
      }
    }
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (String d : parent.keySet().stream().sorted().toList()) {
      groups.computeIfAbsent(root(parent, d), k -> new java.util.TreeSet<>()).add(d);
    }
    return new ArrayList<>(groups.values());
  }

  private static String root(Map<String, String> parent, String d) {
    while (!parent.get(d).equals(d)) {
      d = parent.get(d);
    }
    return d;
  }

  /** The lines of the report: the trained scorer's weights on all series, then rules and trained scorer per input. */
  public static List<String> run(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> fromGold,
      List<IndexedDocument> analyzed, java.util.Optional<org.diplomatic.analyzer.eval.GoldCorpus> real,
      StatementReader reader, WordWeights weights, LinkerSettings settings) {
    Set<String> present = new java.util.HashSet<>();
    golds.forEach(g -> present.add(g.id()));
    List<Set<String>> series = series(gold, present);
    List<String> lines = new ArrayList<>();
    lines.add(String.format("leave-one-series-out: %d series", series.size()));
    for (boolean endToEnd : new boolean[] {false, true}) {
      List<IndexedDocument> input = endToEnd ? analyzed : fromGold;
      Totals rules = new Totals();
      for (Set<String> docs : series) {
        rules.add(LedgerEvaluator.evaluate(gold.subset(docs), golds, input, reader, new ContentSimilarity(weights),
            settings, PairScorer.rules(settings)));
      }
      lines.add(String.format("%-16s rules             %s", endToEnd ? "end to end" : "gold commitments", rules));
    }
    lines.addAll(trained(gold, golds, fromGold, analyzed, reader, weights, settings, series,
        PairScorerTrainer.apart(real, reader, weights, settings)));
    return lines;
  }

  /** The trained scorer's lines: its weights on all series, then its held-out scores per input. */
  private static List<String> trained(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> fromGold,
      List<IndexedDocument> analyzed, StatementReader reader, WordWeights weights, LinkerSettings settings,
      List<Set<String>> series, PairScorerTrainer apart) {
    List<PairScorerTrainer> pairs = PairScorerTrainer.perSeries(gold, golds, fromGold, series, reader, weights,
        settings);
    PairScorerTrainer all = new PairScorerTrainer();
    pairs.forEach(all::addAll);
    all.addAll(apart);
    List<String> lines = new ArrayList<>();
    String variant = "trained";
    lines.add(String.format("%s: %d pairs (%d joined; %d of the real set's dev split, none joined); on all: %s",
        variant, all.size(), all.positives(), apart.size(), describe(all.fit())));
    for (boolean endToEnd : new boolean[] {false, true}) {
      List<IndexedDocument> input = endToEnd ? analyzed : fromGold;
      Totals trained = new Totals();
      for (int k = 0; k < series.size(); k++) {
        PairScorerTrainer t = new PairScorerTrainer();
        t.addAll(apart);
        for (int j = 0; j < series.size(); j++) {
          if (j != k) {
            t.addAll(pairs.get(j));
          }
        }
        trained.add(LedgerEvaluator.evaluate(gold.subset(series.get(k)), golds, input, reader,
            new ContentSimilarity(weights), settings, t.fit()));
      }
      lines.add(String.format("%-16s %-17s %s", endToEnd ? "end to end" : "gold commitments", variant, trained));
    }
    return lines;
  }

  static String describe(LogisticPairScorer s) {
    StringBuilder b = new StringBuilder(String.format("bias %.2f", s.bias()));
    for (int i = 0; i < s.weights().length; i++) {
      b.append(String.format(", %s %.2f", PairFeatures.NAMES.get(i), s.weights()[i]));
    }
    return b.toString();
  }
}
