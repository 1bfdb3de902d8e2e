package org.diplomatic.analyzer.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Makes the three spellings of a Persian compound one term: drops the zero-width non-joiner inside a term (می‌شود
 * and میشود, بین‌المللی and بینالمللی, کشور‌ها and کشورها), and joins the verb prefix می or نمی written as a word of
 * its own to the word after it (می شود). Runs after folding, so it sees مي and نمي.
 */
public final class PersianJoinFilter extends TokenFilter {
  private static final char ZWNJ = '\u200C';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private AttributeSource.State pending;

  public PersianJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
    } else if (!input.incrementToken()) {
      return false;
    }
    dropZwnj();
    if (isVerbPrefix()) {
      String prefix = term.toString();
      int start = offset.startOffset();
      int prefixEnd = offset.endOffset();
      State prefixState = captureState();
      if (!input.incrementToken()) {
        restoreState(prefixState);
        return true;
      }
      dropZwnj();
      // Only a word one space after the prefix is its verb, not one after a comma or a line break.
      if (offset.startOffset() - prefixEnd > 1 || term.length() == 0 || !Character.isLetter(term.charAt(0))
          || isVerbPrefix()) {
        pending = captureState();
        restoreState(prefixState);
        return true;
      }
      int end = offset.endOffset();
      String verb = term.toString();
      term.setEmpty().append(prefix).append(verb);
      offset.setOffset(start, end);
    }
    return true;
  }

  private boolean isVerbPrefix() {
    String t = term.toString();
    return t.equals("مي") || t.equals("نمي");
  }

  private void dropZwnj() {
    char[] buffer = term.buffer();
    int length = term.length();
    int out = 0;
    for (int i = 0; i < length; i++) {
      if (buffer[i] != ZWNJ) {
        buffer[out++] = buffer[i];
      }
    }
    term.setLength(out);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
