package org.diplomatic.analyzer.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Scores a ledger built from the series documents against {@link LedgerGold}: B-cubed precision and recall of the
 * promise clusters over the gold items (each matched to the statement that overlaps it most; an unmatched item is a
 * cluster of its own and a wrong label), link-label accuracy over the items, and status accuracy over the promises.
 * The input documents' {@code source} is the gold document id.
 */
public final class LedgerEvaluator {
  /** The scores; {@code errors} names each wrong item or status. */
  public record Scores(int documents, int items, int promises, double precision, double recall,
      double labelAccuracy, double statusAccuracy, List<String> errors) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
      return String.format("%d documents, %d items, %d promises: B-cubed P %.3f R %.3f F1 %.3f; label accuracy "
          + "%.3f; status accuracy %.3f", documents, items, promises, precision, recall, f1(), labelAccuracy,
          statusAccuracy);
    }
  }

  /** How many characters of an item's text an error shows. */
  private static final int EXCERPT = 70;

  private LedgerEvaluator() {}

  /** A ledger built from {@code input}, with its statements matched to the gold items of those documents. */
  private record Run(List<LedgerGold.Item> items, Map<String, GoldDocument> byId,
      Map<LedgerGold.Item, Statement> matched, Map<Statement, LedgerGold.Item> goldOf,
      Map<Statement, Promise> promiseOf, Map<Statement, LinkLabel> labelOf) {}

  private static Run run(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      StatementReader reader, ContentSimilarity similarity, LinkerSettings settings) {
    return run(gold, golds, input, reader, similarity, settings, PairScorer.rules(settings));
  }

  private static Run run(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      StatementReader reader, ContentSimilarity similarity, LinkerSettings settings, PairScorer scorer) {
    Map<String, GoldDocument> byId = new HashMap<>();
    golds.forEach(g -> byId.put(g.id(), g));
    List<LedgerGold.Item> items = gold.items().stream().filter(i -> byId.containsKey(i.doc())).toList();
    Map<String, String> documents = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    for (IndexedDocument d : input) {
      documents.put(d.source(), d.date());
      statements.addAll(reader.read(d));
    }
    Ledger ledger = LedgerStore.build(null, documents, statements, similarity, settings, scorer);
    Map<Statement, Promise> promiseOf = new IdentityHashMap<>();
    Map<Statement, LinkLabel> labelOf = new IdentityHashMap<>();
    read(ledger.promises(), promiseOf, labelOf);
    Matching matching = match(items, byId, statements);
    return new Run(items, byId, matching.matched(), matching.goldOf(), promiseOf, labelOf);
  }

  public static Scores evaluate(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      StatementReader reader, ContentSimilarity similarity, LinkerSettings settings) {
    return evaluate(gold, golds, input, reader, similarity, settings, PairScorer.rules(settings));
  }

  /** As above, {@code scorer} deciding which promise a statement continues. */
  public static Scores evaluate(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      StatementReader reader, ContentSimilarity similarity, LinkerSettings settings, PairScorer scorer) {
    Run run = run(gold, golds, input, reader, similarity, settings, scorer);
    List<LedgerGold.Item> items = run.items();
    Map<String, GoldDocument> byId = run.byId();
    Map<LedgerGold.Item, Statement> matched = run.matched();
    Map<Statement, LedgerGold.Item> goldOf = run.goldOf();
    Map<Statement, Promise> promiseOf = run.promiseOf();
    Map<Statement, LinkLabel> labelOf = run.labelOf();
    double precision = 0;
    double recall = 0;
    int labelsRight = 0;
    List<String> errors = new ArrayList<>();
    for (LedgerGold.Item i : items) {
      List<LedgerGold.Item> cluster = items.stream().filter(j -> j.promise().equals(i.promise())).toList();
      Statement s = matched.get(i);
      if (s == null) {
        precision += 1;
        recall += 1.0 / cluster.size();
        errors.add(i.doc() + " " + i.item() + ": not found " + excerpt(byId.get(i.doc()), i.item()));
        continue;
      }
      Promise p = promiseOf.get(s);
      List<Statement> members = p == null ? List.of(s) : p.links().stream().map(Link::statement)
          .filter(x -> x != null).toList();
      long right = members.stream()
          .filter(q -> goldOf.get(q) != null && goldOf.get(q).promise().equals(i.promise())).count();
      precision += right / (double) members.size();
      long found = cluster.stream().filter(j -> matched.get(j) != null && promiseOf.get(matched.get(j)) == p).count();
      recall += found / (double) cluster.size();
      LinkLabel label = labelOf.get(s);
      if (label == i.label()) {
        labelsRight++;
      } else {
        errors.add(i.doc() + " " + i.item() + " " + i.label().label() + " -> " + (label == null ? "none"
            : label.label()) + " " + excerpt(byId.get(i.doc()), i.item()));
      }
    }
    Map<String, LedgerGold.Item> lastOfPromise = lastOfPromise(items);
    int statusRight = statusesRight(gold, lastOfPromise, matched, promiseOf, errors);
    int n = Math.max(1, items.size());
    return new Scores(input.size(), items.size(), lastOfPromise.size(), precision / n, recall / n,
        labelsRight / (double) n, statusRight / (double) Math.max(1, lastOfPromise.size()), errors);
  }

  /**
   * Link labels and promise statuses when every statement joins the promise of the gold item it overlaps (none
   * when it overlaps no item): the labelling and status rules measured apart from linking. The scores' B-cubed
   * precision and recall are 1 by construction; an item with no statement (its report cue not read) is a wrong
   * label, and its promise's status is wrong when that item is the last.
   */
  public static Scores withGoldLinks(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      StatementReader reader, ContentSimilarity similarity, LinkerSettings settings) {
    Replay replay = replay(gold, golds, input, reader);
    Map<String, GoldDocument> byId = replay.byId();
    List<LedgerGold.Item> items = replay.items();
    List<Statement> ordered = replay.ordered();
    Matching matching = replay.matching();
    String latest = null;
    for (IndexedDocument d : input) {
      latest = d.date() != null && (latest == null || d.date().compareTo(latest) > 0) ? d.date() : latest;
    }
    int[] replayed = numbered(ordered, s -> {
      LedgerGold.Item i = matching.goldOf().get(s);
      return i == null ? null : i.promise();
    });
    List<Promise> promises = new PromiseLinker(similarity, settings).link(ordered, latest, replayed).promises();
    Map<Statement, Promise> promiseOf = new IdentityHashMap<>();
    Map<Statement, LinkLabel> labelOf = new IdentityHashMap<>();
    read(promises, promiseOf, labelOf);
    List<String> errors = new ArrayList<>();
    int labelsRight = 0;
    for (LedgerGold.Item i : items) {
      Statement s = matching.matched().get(i);
      LinkLabel label = s == null ? null : labelOf.get(s);
      if (label == i.label()) {
        labelsRight++;
      } else {
        errors.add(i.doc() + " " + i.item() + " " + i.label().label() + " -> " + (s == null ? "not found"
            : label == null ? "none" : label.label()) + " " + excerpt(byId.get(i.doc()), i.item()));
      }
    }
    Map<String, LedgerGold.Item> lastOfPromise = lastOfPromise(items);
    int statusRight = statusesRight(gold, lastOfPromise, matching.matched(), promiseOf, errors);
    return new Scores(input.size(), items.size(), lastOfPromise.size(), 1, 1,
        labelsRight / (double) Math.max(1, items.size()),
        statusRight / (double) Math.max(1, lastOfPromise.size()), errors);
  }

  /**
   * The pairs a {@link LogisticPairScorer} learns from: {@code input}'s statements linked as the gold links them
   * (as {@link #withGoldLinks}), each gold item's statement scored against every promise the hard rules let it
   * join, labelled true for its gold promise. Each statement of a document of {@code apart} is a promise of its own
   * (published news of unrelated days: what joins across two of them is wrong), and its pairs with its own document's
   * statements (a headline and its body) are no examples.
   */
  static void pairExamples(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      java.util.Set<String> apart, StatementReader reader, ContentSimilarity similarity, LinkerSettings settings,
      java.util.function.BiConsumer<PairFeatures, Boolean> sink) {
    Replay replay = replay(gold, golds, input, reader);
    List<Statement> ordered = replay.ordered();
    Matching matching = replay.matching();
    int[] replayed = numbered(ordered, s -> {
      LedgerGold.Item i = matching.goldOf().get(s);
      return apart.contains(s.docId()) && !s.isReport() && !s.mayRestate()
          ? "apart:" + s.docId() + "/" + s.item() : i == null ? null : i.promise();
    });
    new PromiseLinker(similarity, settings).collectingPairs((s, first, f, joined) -> {
      if (!(apart.contains(s.docId()) && s.docId().equals(first.docId()))) {
        sink.accept(f, joined);
      }
    }).link(ordered, null, replayed);
  }

  /** The gold items of {@code golds}' documents and the statements read from {@code input}, in linking order, matched. */
  private record Replay(Map<String, GoldDocument> byId, List<LedgerGold.Item> items, List<Statement> ordered,
      Matching matching) {}

  private static Replay replay(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      StatementReader reader) {
    Map<String, GoldDocument> byId = new HashMap<>();
    golds.forEach(g -> byId.put(g.id(), g));
    List<LedgerGold.Item> items = gold.items().stream().filter(i -> byId.containsKey(i.doc())).toList();
    List<Statement> ordered = new ArrayList<>();
    for (IndexedDocument d : input) {
      ordered.addAll(reader.read(d));
    }
    ordered.sort(PromiseLinker.ORDER);
    return new Replay(byId, items, ordered, match(items, byId, ordered));
  }

  /**
   * Each statement's promise number for {@link PromiseLinker#link}'s replay (-1 for none): promises numbered in order
   * of their first statement, as the linker numbers the promises it opens.
   */
  private static int[] numbered(List<Statement> ordered, java.util.function.Function<Statement, String> promiseOf) {
    Map<String, Integer> number = new HashMap<>();
    int[] replayed = new int[ordered.size()];
    for (int k = 0; k < ordered.size(); k++) {
      String promise = promiseOf.apply(ordered.get(k));
      replayed[k] = promise == null ? -1 : number.computeIfAbsent(promise, key -> number.size());
    }
    return replayed;
  }

  /** Each linked statement's promise and label, into {@code promiseOf} and {@code labelOf}. */
  private static void read(List<Promise> promises, Map<Statement, Promise> promiseOf,
      Map<Statement, LinkLabel> labelOf) {
    for (Promise p : promises) {
      for (Link l : p.links()) {
        if (l.statement() != null) {
          promiseOf.put(l.statement(), p);
          labelOf.put(l.statement(), l.label());
        }
      }
    }
  }

  /** Each gold item's statement (the one that overlaps it most) and each statement's gold item (likewise). */
  private record Matching(Map<LedgerGold.Item, Statement> matched, Map<Statement, LedgerGold.Item> goldOf) {}

  private static Matching match(List<LedgerGold.Item> items, Map<String, GoldDocument> byId,
      List<Statement> statements) {
    Map<LedgerGold.Item, Statement> matched = new HashMap<>();
    Map<Statement, LedgerGold.Item> goldOf = new IdentityHashMap<>();
    for (LedgerGold.Item i : items) {
      int[] span = span(byId.get(i.doc()), i.item());
      Statement best = null;
      int bestOverlap = 0;
      for (Statement s : statements) {
        int overlap = Math.min(span[1], s.end()) - Math.max(span[0], s.start());
        if (s.source().equals(i.doc()) && overlap > bestOverlap) {
          best = s;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        matched.put(i, best);
      }
    }
    for (Statement s : statements) {
      LedgerGold.Item best = null;
      int bestOverlap = 0;
      for (LedgerGold.Item i : items) {
        int[] span = span(byId.get(i.doc()), i.item());
        int overlap = Math.min(span[1], s.end()) - Math.max(span[0], s.start());
        if (s.source().equals(i.doc()) && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        goldOf.put(s, best);
      }
    }
    return new Matching(matched, goldOf);
  }

  /** The last item of each promise, by promise id in order of first item. */
  private static Map<String, LedgerGold.Item> lastOfPromise(List<LedgerGold.Item> items) {
    Map<String, LedgerGold.Item> last = new LinkedHashMap<>();
    items.forEach(i -> last.put(i.promise(), i));
    return last;
  }

  /** How many promises have their gold status (read from the promise of each one's last item); errors named. */
  private static int statusesRight(LedgerGold gold, Map<String, LedgerGold.Item> lastOfPromise,
      Map<LedgerGold.Item, Statement> matched, Map<Statement, Promise> promiseOf, List<String> errors) {
    int right = 0;
    for (Map.Entry<String, LedgerGold.Item> e : lastOfPromise.entrySet()) {
      Statement s = matched.get(e.getValue());
      Promise p = s == null ? null : promiseOf.get(s);
      String status = p == null ? "none" : p.status();
      if (status.equals(gold.statuses().get(e.getKey()))) {
        right++;
      } else {
        errors.add(e.getKey() + " status " + gold.statuses().get(e.getKey()) + " -> " + status);
      }
    }
    return right;
  }

  /** The first words of a gold item's text, to read an error by (dev runs print errors; test runs never do). */
  private static String excerpt(GoldDocument g, String item) {
    int[] span = span(g, item);
    String text = g.text().substring(span[0], span[1]).replaceAll("\\s+", " ");
    return "«" + (text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text) + "»";
  }

  /**
   * For tuning on dev: each gold promise whose items the ledger put in several promises, and each ledger promise
   * holding items of several gold promises, one line per item (document, item, gold label, the ledger's promise, the
   * start of its text).
   */
  public static List<String> misplaced(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      StatementReader reader, ContentSimilarity similarity, LinkerSettings settings, PairScorer scorer) {
    Run run = run(gold, golds, input, reader, similarity, settings, scorer);
    Map<LedgerGold.Item, String> ledgerPromise = new LinkedHashMap<>();
    for (LedgerGold.Item i : run.items()) {
      Statement s = run.matched().get(i);
      Promise p = s == null ? null : run.promiseOf().get(s);
      ledgerPromise.put(i, s == null ? "not-found" : p == null ? "none" : p.id());
    }
    List<String> lines = new ArrayList<>();
    Map<String, List<LedgerGold.Item>> byGold = new LinkedHashMap<>();
    Map<String, List<LedgerGold.Item>> byLedger = new LinkedHashMap<>();
    for (LedgerGold.Item i : run.items()) {
      byGold.computeIfAbsent(i.promise(), k -> new ArrayList<>()).add(i);
      byLedger.computeIfAbsent(ledgerPromise.get(i), k -> new ArrayList<>()).add(i);
    }
    byGold.forEach((promise, members) -> {
      if (members.stream().map(ledgerPromise::get).distinct().count() > 1) {
        lines.add("split gold " + promise);
        members.forEach(i -> lines.add(line(i, ledgerPromise.get(i), run.matched().get(i))));
      }
    });
    byLedger.forEach((promise, members) -> {
      if (!promise.equals("not-found") && !promise.equals("none")
          && members.stream().map(LedgerGold.Item::promise).distinct().count() > 1) {
        lines.add("merged ledger " + promise);
        members.forEach(i -> lines.add(line(i, i.promise(), run.matched().get(i))));
      }
    });
    return lines;
  }

  private static String line(LedgerGold.Item i, String promise, Statement s) {
    String text = s == null ? "" : s.text().replaceAll("\\s+", " ");
    return String.format("  %-12s %-4s %-10s %-28s %s", i.doc(), i.item(), i.label().label(), promise,
        text.length() > 110 ? text.substring(0, 110) : text);
  }

  private static int[] span(GoldDocument g, String item) {
    int k = Integer.parseInt(item.substring(1));
    if (item.charAt(0) == 'c') {
      GoldDocument.GoldCommitment c = g.commitments().get(k);
      return new int[] {c.start(), c.end()};
    }
    GoldDocument.GoldSentence s = g.sentences().get(k);
    return new int[] {s.start(), s.end()};
  }

  /**
   * A gold document as the index would store it, with the gold commitments, officials, figures, areas and date
   * (deadlines resolved against the document date), its {@code source} the gold id.
   */
  public static IndexedDocument fromGold(GoldDocument g, DeadlineDates deadlines) {
    LocalDate reference = g.date() != null && g.date().length() == 10 ? LocalDate.parse(g.date()) : null;
    List<IndexedDocument.Commitment> commitments = g.commitments().stream().map(c -> {
      LocalDate due = deadlines.resolve(c.deadline(), reference);
      return new IndexedDocument.Commitment(c.text(), c.kind(), c.holder(), c.owner(), c.deadline(),
          due == null ? null : due.toString(), c.areas());
    }).toList();
    List<IndexedDocument.Official> officials = g.officials().stream()
        .map(o -> new IndexedDocument.Official(o.name(), o.country())).toList();
    List<IndexedDocument.Figure> figures = g.figures().stream()
        .map(f -> new IndexedDocument.Figure(f.text(), f.value(), f.min(), f.max(), f.unit(), f.period())).toList();
    return new IndexedDocument(g.id(), g.id(), g.lang(), g.genre(), g.text(), officials, g.areas(), figures,
        commitments, List.of(), g.date());
  }
}
