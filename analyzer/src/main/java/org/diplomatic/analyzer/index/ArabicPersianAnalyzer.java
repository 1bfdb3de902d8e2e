package org.diplomatic.analyzer.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.diplomatic.analyzer.text.BundledResource;
import org.diplomatic.analyzer.text.TextNormalizer;
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
 * tatweel, harakat) -> Persian normalization (ی ک to Arabic yeh/kaf, heh forms) -> ZWNJ dropped and a lone می/نمی
 * joined to its verb ({@link PersianJoinFilter}) -> optionally clitic stripping or light stemming, which leave the
 * words of {@code clitic-protected.txt} alone.
 * The unstemmed variant serves exact phrases; the stemmed one recall.
 */
public final class ArabicPersianAnalyzer extends Analyzer {
  /** Words that only look like they carry a proclitic ({@code clitic-protected.txt}), folded like index terms. */
  private static final CharArraySet PROTECTED = load("clitic-protected.txt");

  /** Words that only look like plurals ({@code plural-lookalikes.txt}), folded like index terms. */
  private static final CharArraySet LOOKALIKES = load("plural-lookalikes.txt");

  /** How far terms are reduced after folding. */
  public enum Stemming {
    /** Nothing stripped: exact forms and phrases. */
    NONE,
    /** One proclitic cluster and the Persian plural suffix ({@link CliticStripFilter}). */
    CLITICS,
    /**
     * Lucene's light Arabic stemmer (prefixes and suffixes) with Persian plurals ({@link ArabicPersianStemFilter}),
     * the protected words kept whole.
     */
    LIGHT
  }

  private final Stemming stemming;

  public ArabicPersianAnalyzer(Stemming stemming) {
    this.stemming = stemming;
  }

  public ArabicPersianAnalyzer(boolean stripClitics) {
    this(stripClitics ? Stemming.CLITICS : Stemming.NONE);
  }

  private static CharArraySet load(String resource) {
    TextNormalizer fold = TextNormalizer.folding();
    CharArraySet words = new CharArraySet(128, false);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BundledResource.open(ArabicPersianAnalyzer.class, resource), StandardCharsets.UTF_8))) {
      in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> fold.apply(l.strip()).replace("\u200C", "")).forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return CharArraySet.unmodifiableSet(words);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new DecimalDigitFilter(stream);
    stream = new ArabicNormalizationFilter(stream);
    stream = new PersianNormalizationFilter(stream);
    stream = new PersianJoinFilter(stream);
    if (stemming != Stemming.NONE) {
      stream = new SetKeywordMarkerFilter(stream, PROTECTED);
      stream = stemming == Stemming.CLITICS ? new CliticStripFilter(stream)
          : new ArabicPersianStemFilter(stream, LOOKALIKES);
    }
    return new TokenStreamComponents(source, stream);
  }
}
