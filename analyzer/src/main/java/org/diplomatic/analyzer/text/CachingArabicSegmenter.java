package org.diplomatic.analyzer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Segments Arabic word by word with a cache of word types: a sentence's words are looked up, the unseen ones are
 * segmented together in one call to the CoreNLP segmenter (in their sentence order, so the model still sees
 * neighbouring words) and remembered. Diplomatic text repeats its vocabulary heavily, so after a few hundred
 * documents almost every word is a hit. Agreement with whole-sentence segmentation is measured in the README.
 */
public final class CachingArabicSegmenter implements Tokenizer {
  /** One cached piece of a word: offsets relative to the word and the folded form. */
  private record Piece(int start, int end, String form) {}

  private final ArabicSegmenter segmenter;
  private final Map<String, List<Piece>> cache = new ConcurrentHashMap<>();
  private final int maxEntries;

  public CachingArabicSegmenter(ArabicSegmenter segmenter, int maxEntries) {
    this.segmenter = segmenter;
    this.maxEntries = maxEntries;
  }

  public CachingArabicSegmenter() {
    this(new ArabicSegmenter(), 500_000);
  }

  @Override
  public List<Token> tokenize(String text, Sentence sentence) {
    List<int[]> words = words(text, sentence);
    List<int[]> misses = new ArrayList<>();
    for (int[] w : words) {
      if (!cache.containsKey(text.substring(w[0], w[1]))) {
        misses.add(w);
      }
    }
    if (!misses.isEmpty()) {
      segmentAndRemember(text, misses);
    }
    List<Token> tokens = new ArrayList<>();
    for (int[] w : words) {
      String word = text.substring(w[0], w[1]);
      List<Piece> pieces = cache.get(word);
      if (pieces == null) {
        pieces = List.of(new Piece(0, word.length(), word)); // evicted between the two loops: keep it whole
      }
      for (Piece p : pieces) {
        tokens.add(new Token(text.substring(w[0] + p.start(), w[0] + p.end()), p.form(), w[0] + p.start(),
            w[0] + p.end()));
      }
    }
    return tokens;
  }

  private void segmentAndRemember(String text, List<int[]> misses) {
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[misses.size()];
    for (int i = 0; i < misses.size(); i++) {
      starts[i] = joined.length();
      joined.append(text, misses.get(i)[0], misses.get(i)[1]).append(' ');
    }
    String line = joined.toString().stripTrailing();
    List<Token> tokens = segmenter.tokenize(line, new Sentence(line, 0, line.length()));
    if (cache.size() > maxEntries) {
      cache.clear(); // a crude bound: memory stays flat whatever the corpus size
    }
    int t = 0;
    for (int i = 0; i < misses.size(); i++) {
      int wordStart = starts[i];
      int wordEnd = wordStart + misses.get(i)[1] - misses.get(i)[0];
      List<Piece> pieces = new ArrayList<>();
      while (t < tokens.size() && tokens.get(t).start() < wordEnd) {
        Token tok = tokens.get(t++);
        pieces.add(new Piece(tok.start() - wordStart, tok.end() - wordStart, tok.form()));
      }
      cache.put(line.substring(wordStart, wordEnd), List.copyOf(pieces));
    }
  }

  /** Whitespace-separated words of the sentence as [start, end) pairs. */
  private static List<int[]> words(String text, Sentence sentence) {
    List<int[]> words = new ArrayList<>();
    int i = sentence.start();
    while (i < sentence.end()) {
      while (i < sentence.end() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < sentence.end() && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        words.add(new int[] {i, j});
      }
      i = j;
    }
    return words;
  }
}
