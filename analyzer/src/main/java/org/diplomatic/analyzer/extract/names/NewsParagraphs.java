package org.diplomatic.analyzer.extract.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The paragraphs (title, then each line of the text) of every article in the {@code *.jsonl.gz} files under a folder
 * of the shared news data (format: shared/data/news/README.md), files in name order.
 */
public final class NewsParagraphs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsParagraphs() {}

  /** The news files under {@code dir}, sorted; none when it is absent. */
  public static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list news files under " + dir, e);
    }
  }

  /** Passes every paragraph of the files to {@code sink}. */
  public static void read(List<Path> files, Consumer<String> sink) {
    for (Path file : files) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          JsonNode article = JSON.readTree(line);
          sink.accept(article.path("title").asText(""));
          for (String paragraph : article.path("text").asText("").split("\n")) {
            sink.accept(paragraph);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read news file " + file, e);
      }
    }
  }
}
