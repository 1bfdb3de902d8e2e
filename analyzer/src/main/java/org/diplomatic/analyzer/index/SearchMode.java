package org.diplomatic.analyzer.index;

/** How a search ranks: by the query's terms (BM25), by meaning (document vectors), or both fused. */
public enum SearchMode {
  LEXICAL,
  SEMANTIC,
  HYBRID
}
