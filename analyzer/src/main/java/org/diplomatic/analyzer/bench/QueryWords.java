package org.diplomatic.analyzer.bench;

import java.util.ArrayList;
import java.util.List;

/** The words a generated search draws from a document: content words and an official's surname. */
public final class QueryWords {
  private QueryWords() {}

  /** The last word of a name, as a researcher types an official's surname. */
  public static String surname(String name) {
    String[] parts = name.trim().split("\\s+");
    return parts[parts.length - 1];
  }

  /** Letter runs of at least four characters, so queries are content words rather than particles. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{M}\\u200C]+")) {
      if (w.length() >= 4) {
        out.add(w);
      }
    }
    return out.isEmpty() ? List.of("الاتفاق") : out;
  }
}
