package org.diplomatic.analyzer.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The index's {@code exact} and {@code official_folded} chain (folded, nothing stripped: exact phrases) under the
 * no-argument constructor Solr calls for {@code <analyzer class="...">}.
 */
public final class ExactFormsAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer chain = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.NONE);

  public ExactFormsAnalyzer() {
    super(GLOBAL_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
