package org.diplomatic.analyzer.solr;

import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The clitic-stripped chain (folded, one proclitic cluster and the Persian plural suffix removed), for fields of
 * your own that want recall without stems.
 */
public final class CliticStrippedAnalyzer extends FixedChainAnalyzer {
  public CliticStrippedAnalyzer() {
    super(ArabicPersianAnalyzer.Stemming.CLITICS);
  }
}
