package org.diplomatic.analyzer.extract.officials;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.util.Span;
import org.diplomatic.analyzer.extract.names.NewsParagraphs;
import org.diplomatic.analyzer.text.Token;

/**
 * The words a person-name finder tags as part of a name in at least half of their uses, and at least
 * {@link #MIN_TAGGED} times, over the published news: a name list learned from the news without labels, which a
 * second model reads as the word feature {@value #TAG} (models/ner/README.md). Each article is one document (the
 * finder's memory cleared), each paragraph one sentence.
 */
public final class NewsPersonWords {
  /** The word feature of a listed word. */
  public static final String TAG = "newsname";
  /** Fewest uses tagged as a name for a word to be listed. */
  public static final int MIN_TAGGED = 3;

  private final Map<String, int[]> counts = new HashMap<>();

  private NewsPersonWords() {}

  /** Counts, with {@code finder}, the news of {@code newsFiles} but the articles whose id is in {@code skippedIds}. */
  public static Set<String> of(PersonNameFinder finder, boolean persian, List<Path> newsFiles, Set<String> skippedIds) {
    NewsPersonWords words = new NewsPersonWords();
    NameTokenizer tokenizer = new NameTokenizer();
    NewsParagraphs.articles(newsFiles, skippedIds, paragraphs -> {
      finder.clearAdaptiveData();
      for (String paragraph : paragraphs) {
        List<Token> tokens = tokenizer.tokenize(paragraph, 0, paragraph.length());
        if (!tokens.isEmpty()) {
          words.count(finder, tokens.stream()
              .map(t -> persian ? PersonNameFinder.persianLetters(t.text()) : t.text()).toArray(String[]::new));
        }
      }
    });
    finder.clearAdaptiveData();
    return words.listed();
  }

  private void count(PersonNameFinder finder, String[] tokens) {
    boolean[] inName = new boolean[tokens.length];
    for (Span name : finder.find(tokens)) {
      for (int i = name.getStart(); i < name.getEnd(); i++) {
        inName[i] = true;
      }
    }
    for (int i = 0; i < tokens.length; i++) {
      int[] c = counts.computeIfAbsent(tokens[i], w -> new int[2]); // {tagged, uses}
      c[1]++;
      if (inName[i]) {
        c[0]++;
      }
    }
  }

  private Set<String> listed() {
    Set<String> listed = new TreeSet<>();
    counts.forEach((word, c) -> {
      if (c[0] >= MIN_TAGGED && 2 * c[0] >= c[1]) {
        listed.add(word);
      }
    });
    return listed;
  }
}
