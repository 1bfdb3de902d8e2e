package org.diplomatic.analyzer.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.index.StoredDocuments;

/**
 * Keeps the ledger of an index in its folder ({@link LedgerFile}). {@link #open()} opens it when it was built from
 * the index's last commit, else {@link #update()}s it first: statements of documents read before are kept, new
 * documents are read from their stored analysis (no NLP model), removed ones dropped, and the promises relinked, so
 * the result equals a rebuild from scratch.
 */
public final class LedgerStore {
  private final Path index;
  private final Parties parties;
  private final LinkerSettings settings;

  public LedgerStore(Path index, Parties parties, LinkerSettings settings) {
    this.index = index;
    this.parties = parties;
    this.settings = settings;
  }

  /** The store of the index at {@code index} with {@link DocumentParties} and the default settings. */
  public static LedgerStore of(Path index) {
    return new LedgerStore(index, new DocumentParties(), LinkerSettings.defaults());
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
    Ledger before;
    try {
      before = LedgerFile.readStatements(index);
    } catch (IOException e) {
      before = null; // missing or unreadable: every document is read again
    }
    String commit = StoredDocuments.commitName(index);
    Map<String, String> documents = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    // one set of word lists (stop words, Persian-Arabic pairs) for reading the statements and for linking them
    ContentTerms terms = new ContentTerms();
    try (StoredDocuments stored = StoredDocuments.open(index)) {
      Set<String> ids = stored.ids();
      if (before != null) {
        before.documents().forEach((id, date) -> {
          if (ids.contains(id)) {
            documents.put(id, date);
          }
        });
        before.statements().stream().filter(s -> documents.containsKey(s.docId())).forEach(statements::add);
      }
      StatementReader reader = new StatementReader(parties, terms);
      stored.forEach(id -> !documents.containsKey(id), d -> {
        documents.put(d.id(), d.date());
        statements.addAll(reader.read(d));
      });
    }
    Ledger ledger = build(commit, documents, statements, new ContentSimilarity(terms), settings);
    LedgerFile.write(ledger, index);
    return ledger;
  }

  /** Links {@code statements} of {@code documents} (id to date) into a ledger. */
  public static Ledger build(String commit, Map<String, String> documents, List<Statement> statements,
      ContentSimilarity similarity, LinkerSettings settings) {
    String latest = documents.values().stream().filter(d -> d != null).max(String::compareTo).orElse(null);
    List<Promise> promises = new PromiseLinker(similarity, settings).link(statements, latest);
    return new Ledger(commit, latest, documents, statements, promises);
  }
}
