package org.diplomatic.analyzer.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * One of the analyzer's Arabic/Persian chains for every field; the subclasses name the chain and give Solr the
 * no-argument constructor it calls for {@code <analyzer class="...">}.
 */
abstract class FixedChainAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer chain;

  FixedChainAnalyzer(ArabicPersianAnalyzer.Stemming stemming) {
    super(GLOBAL_REUSE_STRATEGY);
    this.chain = new ArabicPersianAnalyzer(stemming);
  }

  @Override
  protected final Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
