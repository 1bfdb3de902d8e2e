package org.diplomatic.analyzer.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The clitic-stripped chain (folded, one proclitic cluster and the Persian plural suffix removed) under the
 * no-argument constructor Solr calls for {@code <analyzer class="...">}; for fields that want recall without stems.
 */
public final class CliticStrippedAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer chain = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.CLITICS);

  public CliticStrippedAnalyzer() {
    super(GLOBAL_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
