package org.diplomatic.analyzer.classify;

import org.diplomatic.analyzer.text.BundledResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Baseline: a document has an area when at least {@code minSentences} of its sentences contain a keyword of that
 * area from {@code area-keywords.tsv}.
 */
public final class KeywordAreaBaseline implements DocumentAreaPredictor {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final char ZWNJ = '\u200C';
  private static final String ARABIC_ONLY = "ar:";
  private static final String PERSIAN_LETTERS = "\u067E\u0686\u0698\u06AF\u06CC\u06A9";
  private static final int MIN_BASE = 3;
  // folded: ة is ه and ی is ي, so the Arabic feminine ـية is ـيه and the Persian plural ـهای is ـهاي
  private static final String[][] SUFFIXES = {{"يه", "ي"}, {"هاي", ""}, {"ها", ""}};

  private final Map<String, String> wordToArea = new HashMap<>();
  private final Map<String, String> arabicWordToArea = new HashMap<>();
  private final Map<String, String> phraseToArea = new HashMap<>();
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final int minSentences;

  public KeywordAreaBaseline(int minSentences) {
    this.minSentences = minSentences;
    try (InputStream in = KeywordAreaBaseline.class.getResourceAsStream("area-keywords.tsv")) {
      if (in == null) {
        throw BundledResource.missing("area-keywords.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 1; i < cols.length; i++) {
          boolean arabicOnly = cols[i].startsWith(ARABIC_ONLY);
          String k = FOLD.apply(arabicOnly ? cols[i].substring(ARABIC_ONLY.length()) : cols[i]);
          if (arabicOnly) {
            arabicWordToArea.put(k, cols[0]);
          } else {
            (k.contains(" ") ? phraseToArea : wordToArea).put(k.contains(" ") ? k : AreaFeaturizer.stripProclitic(k),
                cols[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read area-keywords.tsv", e);
    }
  }

  /** The areas whose keywords occur in one sentence. */
  public Set<String> sentenceAreas(String sentence) {
    return sentenceAreas(sentence, tokenizer.tokenize(sentence, new Sentence(sentence, 0, sentence.length())));
  }

  /** The areas whose keywords occur in one sentence, given its {@link WordTokenizer} tokens (to tokenize once). */
  Set<String> sentenceAreas(String sentence, List<Token> tokens) {
    Set<String> areas = new HashSet<>();
    String folded = FOLD.apply(sentence);
    for (Map.Entry<String, String> e : phraseToArea.entrySet()) {
      if (folded.contains(e.getKey())) {
        areas.add(e.getValue());
      }
    }
    boolean arabic = !arabicWordToArea.isEmpty() && !hasPersianLetter(sentence);
    for (Token t : tokens) {
      String stem = AreaFeaturizer.stripProclitic(t.form());
      String area = wordArea(stem);
      if (area == null) {
        area = wordToArea.get(t.form());
      }
      if (area == null && arabic) {
        area = arabicWordToArea.get(withArticle(t.form()));
      }
      if (area != null) {
        areas.add(area);
      }
    }
    return areas;
  }

  /**
   * An Arabic-only keyword is matched with its article, so that the verb or noun of the bare stem (ونقل الوزير
   * "conveyed", جامعة الدول) is not it: the word without a leading و ف ب ك, and لل read as ال.
   */
  private static String withArticle(String form) {
    String word = form.length() > 3 && "وفبك".indexOf(form.charAt(0)) >= 0 ? form.substring(1) : form;
    return word.startsWith("لل") ? "ال" + word.substring(2) : word;
  }

  private static boolean hasPersianLetter(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      if (PERSIAN_LETTERS.indexOf(sentence.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The area of a proclitic-stripped word: its own, else that of its base form: the part before a ZWNJ (رسانه‌های),
   * without a Persian plural written solid (رسانهها), or the masculine of an Arabic feminine adjective (اعلاميه ->
   * اعلامي); a base keeps at least {@link #MIN_BASE} letters.
   */
  private String wordArea(String word) {
    String area = wordToArea.get(word);
    int zwnj = word.indexOf(ZWNJ);
    if (area == null && zwnj >= MIN_BASE) {
      area = wordToArea.get(word.substring(0, zwnj));
    }
    for (String[] suffix : SUFFIXES) {
      if (area == null && word.endsWith(suffix[0]) && word.length() - suffix[0].length() >= MIN_BASE) {
        area = wordToArea.get(word.substring(0, word.length() - suffix[0].length()) + suffix[1]);
      }
    }
    return area;
  }

  @Override
  public Set<String> predict(AreaDocument document) {
    Map<String, Integer> counts = new HashMap<>();
    for (String s : document.texts()) {
      sentenceAreas(s).forEach(a -> counts.merge(a, 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    counts.forEach((a, n) -> {
      if (n >= minSentences) {
        out.add(a);
      }
    });
    return Set.copyOf(out);
  }
}
