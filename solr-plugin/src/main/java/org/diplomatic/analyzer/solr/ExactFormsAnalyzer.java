package org.diplomatic.analyzer.solr;

import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/** The index's {@code exact} and {@code official_folded} chain (folded, nothing stripped: exact phrases). */
public final class ExactFormsAnalyzer extends FixedChainAnalyzer {
  public ExactFormsAnalyzer() {
    super(ArabicPersianAnalyzer.Stemming.NONE);
  }
}
