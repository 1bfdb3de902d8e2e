package org.diplomatic.analyzer.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.index.StoredDocuments;

/**
 * Keeps the ledger of an index in its folder ({@link LedgerFile}). {@link #open()} opens it when it was built from
 * the index's last commit, else {@link #update()}s it first: statements of documents read before are kept, new
 * documents are read from their stored analysis (no NLP model), removed ones dropped; the statements linked before
 * the first one added or removed (in the linker's time order) are replayed into the promises they joined, and only
 * the later ones are linked again. Linking decides each statement from the ones before it, with fixed word weights
 * ({@link WordWeights}), so the result equals a rebuild from scratch, at the cost of the new documents alone when
 * they are the newest.
 */
public final class LedgerStore {
  private final Path index;
  private final Parties parties;
  private final LinkerSettings settings;
  private final WordWeights weights;
  private final PairScorer scorer;

  public LedgerStore(Path index, Parties parties, LinkerSettings settings, WordWeights weights) {
    this(index, parties, settings, weights, PairScorer.rules(settings));
  }

  /** As above, {@code scorer} deciding which promise a statement continues. */
  public LedgerStore(Path index, Parties parties, LinkerSettings settings, WordWeights weights, PairScorer scorer) {
    this.index = index;
    this.parties = parties;
    this.settings = settings;
    this.weights = weights;
    this.scorer = scorer;
  }

  /**
   * The store of the index at {@code index} with {@link DocumentParties}, the default settings and the word weights
   * and pair scorer ({@link PairScorer#of}) of the models folder {@code models}.
   */
  public static LedgerStore of(Path index, Path models) {
    LinkerSettings settings = LinkerSettings.defaults();
    return new LedgerStore(index, new DocumentParties(), settings, WordWeights.load(models),
        PairScorer.of(models, settings));
  }

  /** The ledger of the index's last commit, updated and rewritten first when missing, older or unreadable. */
  public LedgerView open() {
    String commit = StoredDocuments.commitName(index);
    try {
      LedgerView view = LedgerView.open(index.resolve(LedgerFile.LEDGER));
      if (commit != null && commit.equals(view.commit())) {
        return view;
      }
      view.close();
    } catch (IOException e) {
      // missing or unreadable: rebuilt below
    }
    update();
    try {
      return LedgerView.open(index.resolve(LedgerFile.LEDGER));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the ledger just written in " + index, e);
    }
  }

  /** Brings the ledger to the index's last commit and writes it. */
  public Ledger update() {
    LedgerFile.Stored before;
    try {
      before = LedgerFile.readStored(index);
    } catch (IOException e) {
      before = null; // missing or unreadable: every document is read again
    }
    String commit = StoredDocuments.commitName(index);
    Map<String, String> documents = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    List<Statement> added = new ArrayList<>();
    // one set of word lists (stop words, Persian-Arabic pairs) for reading the statements and for linking them
    ContentTerms terms = new ContentTerms();
    try (StoredDocuments stored = StoredDocuments.open(index)) {
      Set<String> ids = stored.ids();
      if (before != null) {
        before.ledger().documents().forEach((id, date) -> {
          if (ids.contains(id)) {
            documents.put(id, date);
          }
        });
        before.ledger().statements().stream().filter(s -> documents.containsKey(s.docId()))
            .forEach(statements::add);
      }
      StatementReader reader = new StatementReader(parties, terms);
      stored.forEach(id -> !documents.containsKey(id), d -> {
        documents.put(d.id(), d.date());
        added.addAll(reader.read(d));
      });
    }
    added.sort(PromiseLinker.ORDER);
    int[] replayed = new int[0];
    if (before != null) {
      List<Statement> linked = before.ledger().statements();
      int kept = 0;
      while (kept < linked.size() && documents.containsKey(linked.get(kept).docId())
          && (added.isEmpty() || PromiseLinker.ORDER.compare(linked.get(kept), added.get(0)) < 0)) {
        kept++;
      }
      replayed = Arrays.copyOf(before.promiseOf(), kept);
    }
    statements.addAll(added);
    statements.sort(PromiseLinker.ORDER);
    ContentSimilarity similarity = new ContentSimilarity(terms, weights);
    Ledger ledger;
    try {
      ledger = link(commit, documents, statements, similarity, settings, scorer, replayed);
    } catch (IllegalArgumentException e) {
      // a statements file whose promise numbers do not replay: everything is linked again
      ledger = link(commit, documents, statements, similarity, settings, scorer, new int[0]);
    }
    LedgerFile.write(ledger, index);
    return ledger;
  }

  /** Links {@code statements} of {@code documents} (id to date) into a ledger, its statements in linked order. */
  public static Ledger build(String commit, Map<String, String> documents, List<Statement> statements,
      ContentSimilarity similarity, LinkerSettings settings) {
    return build(commit, documents, statements, similarity, settings, PairScorer.rules(settings));
  }

  /** As above, {@code scorer} deciding which promise a statement continues. */
  public static Ledger build(String commit, Map<String, String> documents, List<Statement> statements,
      ContentSimilarity similarity, LinkerSettings settings, PairScorer scorer) {
    List<Statement> ordered = new ArrayList<>(statements);
    ordered.sort(PromiseLinker.ORDER);
    return link(commit, documents, ordered, similarity, settings, scorer, new int[0]);
  }

  private static Ledger link(String commit, Map<String, String> documents, List<Statement> ordered,
      ContentSimilarity similarity, LinkerSettings settings, PairScorer scorer, int[] replayed) {
    String latest = documents.values().stream().filter(d -> d != null).max(String::compareTo).orElse(null);
    PromiseLinker linker = new PromiseLinker(similarity, settings, scorer);
    PromiseLinker.Linking linking = linker.link(ordered, latest, replayed);
    return new Ledger(commit, latest, documents, linking.ordered(), linking.promises());
  }
}
