package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.diplomatic.analyzer.extract.officials.ConllPersonSamples;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;

/**
 * Makes N synthetic documents by recombining corpus sentences: languages alternate (Arabic first), each document
 * takes {@value #MIN_SENTENCES}-{@value #MAX_SENTENCES} sentences of its language drawn with a seeded random, one per
 * line. The same sentence pool and seed always give the same workload.
 */
public final class WorkloadGenerator {
  public static final long DEFAULT_SEED = 20251129L;
  static final int MIN_SENTENCES = 6;
  static final int MAX_SENTENCES = 18;

  private final Map<Language, List<String>> sentences;

  /** A generator over the given sentences per language; both languages need at least one sentence. */
  public WorkloadGenerator(Map<Language, List<String>> sentences) {
    for (Language l : Language.values()) {
      if (sentences.getOrDefault(l, List.of()).isEmpty()) {
        throw new IllegalArgumentException("no " + l.code() + " sentences to build a workload from");
      }
    }
    this.sentences = Map.copyOf(sentences);
  }

  /** Reads the sentences of every {@code <corpus>/ar/*.txt} and {@code <corpus>/fa/*.txt}, files sorted by name. */
  public static WorkloadGenerator fromCorpus(Path corpus) {
    SentenceSplitter splitter = new SentenceSplitter();
    Map<Language, List<String>> pool = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      List<String> found = new ArrayList<>();
      for (Path file : textFiles(corpus.resolve(l.code()))) {
        try {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          splitter.split(text).stream().map(Sentence::text).forEach(found::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
      pool.put(l, found);
    }
    return new WorkloadGenerator(pool);
  }

  /**
   * Sentences of public news text for an open vocabulary: ANERcorp ({@code <nerDir>/anercorp/train.txt}) for Arabic,
   * Arman ({@code <nerDir>/arman/train.txt}) for Persian, each sentence's tokens joined by spaces. Read in place.
   */
  public static WorkloadGenerator fromNer(Path nerDir) {
    Map<Language, List<String>> pool = new EnumMap<>(Language.class);
    pool.put(Language.ARABIC, nerSentences(nerDir.resolve("anercorp/train.txt")));
    pool.put(Language.PERSIAN, nerSentences(nerDir.resolve("arman/train.txt")));
    return new WorkloadGenerator(pool);
  }

  private static List<String> nerSentences(Path conll) {
    return ConllPersonSamples.read(conll).stream().map(s -> String.join(" ", s.getSentence())).toList();
  }

  public int sentenceCount(Language lang) {
    return sentences.get(lang).size();
  }

  public Workload generate(int documents, long seed) {
    Random random = new Random(seed);
    Language[] langs = Language.values();
    List<SyntheticDocument> out = new ArrayList<>(documents);
    for (int i = 0; i < documents; i++) {
      Language lang = langs[i % langs.length];
      List<String> pool = sentences.get(lang);
      int n = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < n; s++) {
        text.append(pool.get(random.nextInt(pool.size()))).append('\n');
      }
      out.add(new SyntheticDocument(String.format("bench/%s-%06d.txt", lang.code(), i), lang, text.toString()));
    }
    return new Workload(out);
  }

  private static List<Path> textFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
