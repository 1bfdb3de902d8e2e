package org.diplomatic.analyzer.ledger;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content words of a text as the ledger compares them: folded, clitic-stripped and stemmed ({@link FoldedWords}),
 * Persian mapped to Arabic ({@link PersianToArabic}), the Persian letters of a word the lexicon does not know written
 * as Arabic transliterates them ({@link FoldedWords#arabicLetters}: پارس / بارس), without the words of
 * {@code stop-words.tsv} (a Persian word whose Arabic is one too: یادداشت تفاهم / مذكرة تفاهم), numbers and words
 * shorter than three letters.
 */
final class ContentTerms {
  private static final int MIN_TERM = 3;
  private final Set<String> stopWords = stopWords();
  private final PersianToArabic persian = PersianToArabic.load();
  /** One instance per word: a ledger holds every statement's words at once, most of them the same few thousand. */
  private final Map<String, String> instances = new ConcurrentHashMap<>();

  /** The content words of {@code text}, in order, each once, without the words of {@code names}. */
  List<String> of(String text, Set<String> names) {
    LinkedHashSet<String> terms = new LinkedHashSet<>();
    for (String word : FoldedWords.of(text)) {
      String bare = FoldedWords.stripped(word);
      String stem = FoldedWords.stem(bare);
      String w = FoldedWords.arabicLetters(persian.arabicOf(stem));
      if (w.length() >= MIN_TERM && !stopWords.contains(word) && !stopWords.contains(bare)
          && !stopWords.contains(stem) && !stopWords.contains(w) && !names.contains(word) && !names.contains(bare)
          && !Character.isDigit(w.charAt(0))) {
        terms.add(instances.computeIfAbsent(w, k -> k));
      }
    }
    return List.copyOf(terms);
  }

  private static Set<String> stopWords() {
    Set<String> words = new HashSet<>();
    for (String[] cells : WordLists.rows("stop-words.tsv")) {
      String folded = String.join(" ", FoldedWords.of(cells[1]));
      words.add(folded);
      words.add(FoldedWords.stripped(folded));
      words.add(FoldedWords.stem(FoldedWords.stripped(folded)));
    }
    return words;
  }
}
