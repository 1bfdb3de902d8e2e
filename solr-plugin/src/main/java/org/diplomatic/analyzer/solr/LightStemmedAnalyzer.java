package org.diplomatic.analyzer.solr;

import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/** The index's {@code body} and {@code commitment_text} chain (folded, light-stemmed, Arabic and Persian). */
public final class LightStemmedAnalyzer extends FixedChainAnalyzer {
  public LightStemmedAnalyzer() {
    super(ArabicPersianAnalyzer.Stemming.LIGHT);
  }
}
