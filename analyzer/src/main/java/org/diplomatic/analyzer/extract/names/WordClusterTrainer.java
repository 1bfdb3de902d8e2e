package org.diplomatic.analyzer.extract.names;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns word classes from unlabeled tokenized text with {@link ExchangeClustering}, once per granularity: the
 * {@code vocabulary} most frequent words (at least {@code minCount} times) are clustered, rarer ones share one
 * unknown-word id, sentence edges one boundary id. Needs only the token sequences; deterministic.
 */
public final class WordClusterTrainer {
  private final int[] granularities;
  private final int vocabulary;
  private final int minCount;
  private final int passes;

  public WordClusterTrainer(int[] granularities, int vocabulary, int minCount, int passes) {
    this.granularities = granularities.clone();
    this.vocabulary = vocabulary;
    this.minCount = minCount;
    this.passes = passes;
  }

  /** Collects token sequences (one sentence or paragraph each) before {@link #train}. */
  public static final class Text {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] stream = new int[1 << 20];
    private int length;
    private long tokens;

    public void add(List<String> sentence) {
      if (sentence.isEmpty()) {
        return;
      }
      push(-1);
      for (String w : sentence) {
        Integer id = ids.get(w);
        if (id == null) {
          id = words.size();
          ids.put(w, id);
          words.add(w);
        }
        push(id);
        tokens++;
      }
    }

    private void push(int id) {
      if (length == stream.length) {
        stream = Arrays.copyOf(stream, stream.length * 2);
      }
      stream[length++] = id;
    }

    public long tokens() {
      return tokens;
    }
  }

  /** Each clustered word's classes, as features {@code k<granularity>=<class>} in the order of the granularities. */
  public Map<String, String[]> train(Text text, PrintStream log) {
    int distinct = text.words.size();
    int[] count = new int[distinct];
    for (int i = 0; i < text.length; i++) {
      if (text.stream[i] >= 0) {
        count[text.stream[i]]++;
      }
    }
    Integer[] order = new Integer[distinct];
    for (int i = 0; i < distinct; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a])
        : text.words.get(a).compareTo(text.words.get(b)));
    int kept = 0;
    while (kept < Math.min(vocabulary, distinct) && count[order[kept]] >= minCount) {
      kept++;
    }
    int unknown = kept;
    int boundary = kept + 1;
    int words = kept + 2;
    int[] rank = new int[distinct];
    Arrays.fill(rank, unknown);
    for (int r = 0; r < kept; r++) {
      rank[order[r]] = r;
    }
    long[] keys = new long[text.length];
    int n = 0;
    for (int i = 0; i + 1 < text.length; i++) {
      int a = text.stream[i] < 0 ? boundary : rank[text.stream[i]];
      int b = text.stream[i + 1] < 0 ? boundary : rank[text.stream[i + 1]];
      if (text.stream[i + 1] < 0 && text.stream[i] < 0) {
        continue;
      }
      keys[n++] = (long) a * words + b;
    }
    Arrays.sort(keys, 0, n);
    long[] bigrams = new long[n];
    int[] counts = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m > 0 && bigrams[m - 1] == keys[i]) {
        counts[m - 1]++;
      } else {
        bigrams[m] = keys[i];
        counts[m++] = 1;
      }
    }
    bigrams = Arrays.copyOf(bigrams, m);
    counts = Arrays.copyOf(counts, m);
    if (log != null) {
      log.printf("  %d tokens, %d distinct words, %d clustered, %d distinct bigrams%n",
          text.tokens, distinct, kept, m);
    }
    Map<String, String[]> classes = new LinkedHashMap<>();
    for (int r = 0; r < kept; r++) {
      classes.put(text.words.get(order[r]), new String[granularities.length]);
    }
    for (int g = 0; g < granularities.length; g++) {
      int k = granularities[g];
      int[] cls = new ExchangeClustering(words, k, bigrams, counts).run(passes, log);
      String prefix = "k" + k + "=";
      for (int r = 0; r < kept; r++) {
        classes.get(text.words.get(order[r]))[g] = prefix + cls[r];
      }
    }
    return classes;
  }
}
