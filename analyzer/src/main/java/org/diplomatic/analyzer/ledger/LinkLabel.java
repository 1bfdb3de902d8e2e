package org.diplomatic.analyzer.ledger;

/** What one document does to a promise, or (overdue) what the ledger concludes from the dates. */
public enum LinkLabel {
  FIRST_MADE,
  REPEATED,
  /** The figure or the deadline moved; the link's detail says from what to what. */
  CHANGED,
  /** A later text reports the promise done (opened, completed, in service). */
  FULFILLED,
  /** The deadline passed by the date of the latest document, with no report of fulfilment. */
  OVERDUE;

  /** The contract's spelling: first_made, repeated, changed, fulfilled, overdue. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The label spelled as {@link #label()}. */
  public static LinkLabel of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
