package org.diplomatic.analyzer.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One analyzer for both languages, in this order: UAX#29 words (ZWNJ keeps می‌شود whole) -> lower case (Latin
 * names) -> all digit scripts to ASCII -> Arabic normalization (hamza-alef forms, alef maqsura, teh marbuta,
 * tatweel, harakat) -> Persian normalization (ی ک to Arabic yeh/kaf, heh forms) -> optionally clitic stripping.
 * The unstemmed variant serves exact phrases; the stemmed one recall.
 */
public final class ArabicPersianAnalyzer extends Analyzer {
  private final boolean stripClitics;

  public ArabicPersianAnalyzer(boolean stripClitics) {
    this.stripClitics = stripClitics;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new DecimalDigitFilter(stream);
    stream = new ArabicNormalizationFilter(stream);
    stream = new PersianNormalizationFilter(stream);
    if (stripClitics) {
      stream = new CliticStripFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }
}
