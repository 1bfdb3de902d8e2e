package org.diplomatic.analyzer.extract.officials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import org.diplomatic.analyzer.extract.names.NewsParagraphs;
import org.diplomatic.analyzer.extract.names.WordClusterTrainer;
import org.diplomatic.analyzer.extract.names.WordFeatures;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.BundledResource;

/**
 * Builds the person-name model's {@link WordFeatures}: word classes learned from published news and the training
 * sentences (tokenized as at run time), plus one-word titles and honorifics of the officials' lexicons
 * ({@code title}, {@code honorific}); the settings are this record's.
 */
public record PersonWordFeatures(int[] granularities, int vocabulary, int minCount, int passes, boolean lexicons) {
  /** The model artifact's name, as person-features.xml names it. */
  public static final String KEY = "person.words";

  /** Classes at 3 granularities over the 60,000 most frequent words, 6 passes, lexicon tags on. */
  public static PersonWordFeatures defaults() {
    return new PersonWordFeatures(new int[] {64, 256, 640}, 60_000, 3, 6, true);
  }

  /** Word classes from {@code newsFiles} and {@code training}, and the lexicon tags. */
  public WordFeatures build(Language lang, List<Path> newsFiles, List<NameSample> training, PrintStream log) {
    WordClusterTrainer.Text text = new WordClusterTrainer.Text();
    NameTokenizer tokenizer = new NameTokenizer();
    boolean persian = lang == Language.PERSIAN;
    NewsParagraphs.read(newsFiles, paragraph -> {
      List<String> words = new ArrayList<>();
      for (Token t : tokenizer.tokenize(paragraph, 0, paragraph.length())) {
        words.add(persian ? PersonNameFinder.persianLetters(t.text()) : t.text());
      }
      text.add(words);
    });
    for (NameSample s : training) {
      text.add(Arrays.asList(s.getSentence()));
    }
    Map<String, String[]> features = new LinkedHashMap<>(
        new WordClusterTrainer(granularities, vocabulary, minCount, passes).train(text, log));
    List<String> header = new ArrayList<>();
    header.add(String.format("# word classes (exchange clustering, k=%s, %d passes) of the %d most frequent words in "
        + "%d news files under shared/data/news/%s and the name finder's training sentences (%d tokens)",
        Arrays.toString(granularities), passes, vocabulary, newsFiles.size(), lang.code(), text.tokens()));
    if (lexicons) {
      header.add("# title, honorific: one-word entries of officials/titles.tsv and honorifics.tsv");
      tag(features, lang, "titles.tsv", "title");
      tag(features, lang, "honorifics.tsv", "honorific");
    }
    return WordFeatures.of(header, features);
  }

  private static void tag(Map<String, String[]> features, Language lang, String resource, String tag) {
    try (InputStream in = BundledResource.open(PersonWordFeatures.class, resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.split("\t");
        if (line.startsWith("#") || parts.length < 2 || !parts[0].equals(lang.code()) || parts[1].contains(" ")) {
          continue;
        }
        add(features, parts[1].strip(), tag);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static void add(Map<String, String[]> features, String word, String tag) {
    String[] old = features.getOrDefault(word, new String[0]);
    if (!Arrays.asList(old).contains(tag)) {
      String[] now = Arrays.copyOf(old, old.length + 1);
      now[old.length] = tag;
      features.put(word, now);
    }
  }
}
