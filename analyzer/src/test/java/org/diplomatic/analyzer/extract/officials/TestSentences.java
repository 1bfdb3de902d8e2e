package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Sentence;

/** Splits test text into sentences the way the corpus guide does (at . ؟ ? ! ؛ and line breaks). */
public final class TestSentences {
  private TestSentences() {}

  public static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n' || ".؟?!؛".indexOf(text.charAt(i)) >= 0;
      if (end) {
        int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
        int s = start;
        while (s < stop && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        if (s < stop) {
          out.add(new Sentence(text.substring(s, stop), s, stop));
        }
        start = Math.max(stop, i + 1);
      }
    }
    return out;
  }
}
