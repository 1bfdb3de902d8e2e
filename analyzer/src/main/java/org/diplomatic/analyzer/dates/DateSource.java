package org.diplomatic.analyzer.dates;

import java.util.Locale;

/** Where a document date comes from, in the order the rule trusts them (the user first). */
public enum DateSource {
  USER,
  DATELINE,
  TEXT,
  METADATA;

  /** The contract's name: user, dateline, text or metadata. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
