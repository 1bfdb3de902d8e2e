package org.diplomatic.analyzer.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.diplomatic.analyzer.bench.SyntheticDocument;
import org.diplomatic.analyzer.bench.WorkloadGenerator;

/**
 * The documents of a throughput run, written as {@code doc-NNNNNN.txt}: published news from {@code news} (Arabic
 * and Persian alternating, each article its title, a line break and its text, files in name order) when that
 * folder exists, else documents recombined from the repository's corpus ({@link WorkloadGenerator}, fixed seed).
 */
final class BenchDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchDocuments() {}

  /** Writes {@code count} documents into {@code folder}; returns where they came from, for the report. */
  static String write(int count, Path news, Path corpus, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> texts;
    String origin;
    if (Files.isDirectory(news)) {
      List<String> ar = articles(news.resolve("ar"), count);
      List<String> fa = articles(news.resolve("fa"), count);
      texts = new ArrayList<>();
      for (int i = 0; texts.size() < count && (i < ar.size() || i < fa.size()); i++) {
        if (i < ar.size()) {
          texts.add(ar.get(i));
        }
        if (i < fa.size() && texts.size() < count) {
          texts.add(fa.get(i));
        }
      }
      origin = "published news from " + news;
    } else {
      texts = WorkloadGenerator.fromCorpus(corpus).generate(count, WorkloadGenerator.DEFAULT_SEED).documents()
          .stream().map(SyntheticDocument::text).toList();
      origin = "documents recombined from " + corpus + " (no " + news + ")";
    }
    for (int i = 0; i < texts.size(); i++) {
      Files.writeString(folder.resolve(String.format("doc-%06d.txt", i)), texts.get(i), StandardCharsets.UTF_8);
    }
    return texts.size() + " " + origin;
  }

  /** Up to {@code limit} articles of the {@code *.jsonl.gz} files under {@code dir}. */
  private static List<String> articles(Path dir, int limit) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
    }
    for (Path file : files) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
          JsonNode article = JSON.readTree(line);
          out.add(article.get("title").asText() + "\n" + article.get("text").asText());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read published news " + file, e);
      }
      if (out.size() >= limit) {
        break;
      }
    }
    return out;
  }
}
