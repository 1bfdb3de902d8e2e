package org.diplomatic.analyzer.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.eval.NewsArchive;
import org.diplomatic.analyzer.text.SentenceSplitter;

/**
 * Published articles labelled by hand at document level only ({@code models/areas/unseen-samples.tsv}: sample,
 * article id, language, comma-separated areas), made into training documents: the text from the {@link NewsArchive},
 * split as the pipeline splits it, each sentence labelled from its document's areas by a {@link SentenceLabels} rule.
 */
public final class LabelledArticles {

  /** How a document-level label reaches the sentences, none of which was labelled by hand. */
  public enum SentenceLabels {
    /** Every sentence carries every area of its document. */
    SHARED,
    /**
     * A sentence carries the document's areas whose keywords it holds ({@code area-keywords.tsv}); the headline and
     * the first sentence under it carry all of them, since a news lead states what the article reports.
     */
    KEYWORD_OR_LEAD
  }

  private static final int LEAD = 2;

  private LabelledArticles() {}

  /** One row of the samples file. */
  record Row(String sample, String article, String lang, Set<String> areas) {}

  /** The rows of {@code file} whose sample is one of {@code samples}; an unknown area is an error naming its line. */
  static List<Row> read(Path file, Set<String> samples) {
    List<Row> rows = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labelled articles " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = Arrays.copyOf(line.split("\t", -1), 4);
      if (!samples.contains(f[0])) {
        continue;
      }
      Set<String> areas = new TreeSet<>();
      for (String a : (f[3] == null ? "" : f[3]).split(",")) {
        if (!a.isBlank() && !Vocabulary.AREAS.contains(a.strip())) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown area " + a);
        }
        if (!a.isBlank()) {
          areas.add(a.strip());
        }
      }
      rows.add(new Row(f[0], f[1], f[2], areas));
    }
    return rows;
  }

  /**
   * The articles of {@code samples} in {@code file} as training documents, sentences labelled by {@code rule};
   * an article the archive lacks is an error naming it.
   */
  public static List<AreaDocument> load(Path file, Set<String> samples, NewsArchive news, SentenceLabels rule) {
    List<Row> rows = read(file, samples);
    Map<String, String> texts = news.textsOf(rows.stream().map(Row::article).collect(Collectors.toSet()));
    SentenceSplitter splitter = new SentenceSplitter();
    KeywordAreaBaseline keywords = new KeywordAreaBaseline(1);
    Map<String, AreaDocument> documents = new LinkedHashMap<>();
    for (Row row : rows) {
      String text = texts.get(row.article());
      if (text == null) {
        throw new IllegalArgumentException("labelled article " + row.article() + " is not in " + news.dir());
      }
      List<AreaExample> sentences = new ArrayList<>();
      List<String> split = splitter.split(text).stream().map(s -> s.text()).toList();
      for (int i = 0; i < split.size(); i++) {
        Set<String> labels = new HashSet<>(row.areas());
        if (rule == SentenceLabels.KEYWORD_OR_LEAD && i >= LEAD) {
          labels.retainAll(keywords.sentenceAreas(split.get(i)));
        }
        sentences.add(new AreaExample(row.lang(), split.get(i), Set.copyOf(labels)));
      }
      documents.put(row.article(), new AreaDocument(row.article(), row.lang(), sentences, Set.copyOf(row.areas())));
    }
    return List.copyOf(documents.values());
  }
}
