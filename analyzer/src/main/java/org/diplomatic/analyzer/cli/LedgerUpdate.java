package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.diplomatic.analyzer.index.StoredDocuments;
import org.diplomatic.analyzer.ledger.LedgerStore;

/** Brings the ledger kept in an index folder up to the index's last commit after {@code index} wrote to it. */
final class LedgerUpdate {
  private LedgerUpdate() {}

  /**
   * Updates the ledger when the folder holds a committed index, with the word weights of {@code models}; a failure is
   * one line on {@code err} (the
   * {@code ledger} command rebuilds it on first use).
   */
  static void after(Path index, Path models, PrintWriter err) {
    if (StoredDocuments.commitName(index) == null) {
      return;
    }
    // open() updates only a ledger older than the index: a run that committed nothing new relinks nothing
    try {
      LedgerStore.of(index, models).open().close();
    } catch (RuntimeException | OutOfMemoryError e) {
      // the index is committed already: a register that cannot be built now must not cost the batch its summary
      err.println("analyzer: ledger not updated (" + e.getMessage() + "); 'ledger' rebuilds it on first use");
    }
  }
}
