package org.diplomatic.analyzer.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The index's {@code body} and {@code commitment_text} chain (folded, light-stemmed, Arabic and Persian) under the
 * no-argument constructor Solr calls for {@code <analyzer class="...">}.
 */
public final class LightStemmedAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer chain = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);

  public LightStemmedAnalyzer() {
    super(GLOBAL_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
