package org.diplomatic.analyzer.search.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * The unlabeled text the word vectors of one language learn from: the published news ({@code news/<lang>/**.jsonl.gz},
 * title and text), the NER corpora's words (CoNLL columns: ANERcorp and AQMAR Arabic, Arman Persian) and the
 * corpus's {@code <lang>/*.txt}. Writes it as one sentence a line of the index's light-stemmed terms, so vectors are
 * keyed exactly as the index and a query look words up; bare numbers are left out.
 */
public final class EmbeddingCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Sentence ends within a paragraph: a Word2Vec window should not run from one sentence into the next. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟؛])\\s+|\\n");
  private static final Pattern NUMBER = Pattern.compile("[0-9.,]+");

  private final Analyzer analyzer = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);
  private long sentences;
  private long terms;

  /** What was written: sentences and terms. */
  public record Size(long sentences, long terms) {}

  /**
   * Writes the text of language {@code lang} ("ar" or "fa") found under the three folders (any of them may be absent)
   * to {@code out}.
   */
  public static Size write(String lang, Path news, Path ner, Path corpus, Path out) {
    EmbeddingCorpus writer = new EmbeddingCorpus();
    try (Writer sink = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path file : files(news.resolve(lang), ".jsonl.gz")) {
        writer.news(file, sink);
      }
      for (Path file : nerFiles(lang, ner)) {
        writer.conll(file, sink);
      }
      for (Path file : files(corpus.resolve(lang), ".txt")) {
        writer.text(Files.readString(file), sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the embedding corpus " + out, e);
    }
    return new Size(writer.sentences, writer.terms);
  }

  private static List<Path> nerFiles(String lang, Path ner) throws IOException {
    if (lang.equals("fa")) {
      return files(ner.resolve("arman"), "train.txt");
    }
    List<Path> files = new ArrayList<>(files(ner.resolve("anercorp"), "train.txt"));
    files.addAll(files(ner.resolve("aqmar"), ".txt"));
    return files;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private void news(Path file, Writer sink) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode article = JSON.readTree(line);
        text(article.path("title").asText() + "\n" + article.path("text").asText(), sink);
      }
    }
  }

  /** CoNLL: the word is the first column, a blank line ends a sentence. */
  private void conll(Path file, Writer sink) throws IOException {
    StringBuilder sentence = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        sentence(sentence.toString(), sink);
        sentence.setLength(0);
      } else {
        sentence.append(line.strip().split("\\s+")[0]).append(' ');
      }
    }
    sentence(sentence.toString(), sink);
  }

  private void text(String text, Writer sink) throws IOException {
    for (String sentence : SENTENCE_END.split(text)) {
      sentence(sentence, sink);
    }
  }

  private void sentence(String sentence, Writer sink) throws IOException {
    List<String> words = terms(analyzer, sentence);
    if (words.size() < 2) {
      return;
    }
    sink.write(String.join(" ", words));
    sink.write('\n');
    sentences++;
    terms += words.size();
  }

  /** The analyzer's terms of {@code text}, bare numbers left out. */
  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString();
        if (!NUMBER.matcher(word).matches()) {
          words.add(word);
        }
      }
      stream.end();
    }
    return words;
  }
}
