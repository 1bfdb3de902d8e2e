package org.diplomatic.analyzer.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A conservative clitic stripper for folded Arabic and Persian terms: drops one leading proclitic cluster
 * (وال بال فال كال لل ال و) while at least three letters remain, and a Persian plural ending ({@link
 * PersianPlurals}), but only when the term is not marked as a keyword (the analyzer marks words such as وزير whose و
 * belongs to the root, so وزير does not become زير as with Lucene's ArabicStemFilter).
 */
public final class CliticStripFilter extends TokenFilter {
  private static final String[] PREFIXES = {"وال", "بال", "فال", "كال", "لل", "ال", "و"};
  private static final int MIN_STEM = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public CliticStripFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String t = term.toString();
      String stripped = strip(t);
      if (!stripped.equals(t)) {
        term.setEmpty().append(stripped);
      }
    }
    return true;
  }

  static String strip(String t) {
    for (String p : PREFIXES) {
      if (t.startsWith(p) && t.length() - p.length() >= MIN_STEM) {
        t = t.substring(p.length());
        break;
      }
    }
    return PersianPlurals.singular(t);
  }
}
