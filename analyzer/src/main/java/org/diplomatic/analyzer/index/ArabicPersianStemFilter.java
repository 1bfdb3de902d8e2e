package org.diplomatic.analyzer.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's Arabic light stemming with Persian plurals, for folded terms: strips an Arabic proclitic cluster (وال،
 * بال، ال، و ...), then a Persian plural ending ({@link PersianPlurals}), then Arabic suffixes (ات، ان، ها، ين، ة،
 * ي ...). A word of {@code wholeWords} (after its proclitic, or after its plural ending) or ending in ستان is kept
 * as it is there: ايران, لبنان and كردستان are not plurals in ان, so ايران stays ايران and ايراني meets it. Terms
 * marked as keywords are left alone.
 */
public final class ArabicPersianStemFilter extends TokenFilter {
  private static final String STAN = "ستان";

  private final ArabicStemmer arabic = new ArabicStemmer();
  private final CharArraySet wholeWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public ArabicPersianStemFilter(TokenStream input, CharArraySet wholeWords) {
    super(input);
    this.wholeWords = wholeWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String stem = stem(term.toString());
      term.setEmpty().append(stem);
    }
    return true;
  }

  String stem(String word) {
    char[] s = word.toCharArray();
    String rest = new String(s, 0, arabic.stemPrefix(s, s.length));
    if (whole(rest)) {
      return rest;
    }
    String singular = PersianPlurals.singular(rest);
    if (whole(singular)) {
      return singular;
    }
    char[] t = singular.toCharArray();
    return new String(t, 0, arabic.stemSuffix(t, t.length));
  }

  private boolean whole(String word) {
    return wholeWords.contains(word) || (word.endsWith(STAN) && word.length() > STAN.length() + 1);
  }
}
