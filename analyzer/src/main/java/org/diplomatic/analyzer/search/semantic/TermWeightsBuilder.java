package org.diplomatic.analyzer.search.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes the {@link TermWeights} table: document frequencies per language over the corpus texts and the published
 * news articles ({@code ar/saudinewsnet}, {@code fa/farsnews}), idf = ln(N / df) in each language, a term's weight the
 * lower of its two (a word common in either language says little in both), kept for terms in at least
 * {@link #MIN_SHARE} of one language's documents. Run from the checkout:
 * {@code java -cp analyzer/target/analyzer.jar org.diplomatic.analyzer.search.semantic.TermWeightsBuilder corpus
 * ../shared/data/news models/semantic/term-weights.tsv}.
 */
public final class TermWeightsBuilder {
  /** Share of a language's documents a term must reach to be listed; rarer terms get the ceiling ln(1 / share). */
  static final double MIN_SHARE = 0.002;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DocumentEmbedder terms = new DocumentEmbedder(WordVectors.of(1, Map.of()), TermWeights.uniform());
  private final Map<String, Map<String, Integer>> df = Map.of("ar", new HashMap<>(), "fa", new HashMap<>());
  private final Map<String, Integer> docs = new HashMap<>(Map.of("ar", 0, "fa", 0));

  private TermWeightsBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TermWeightsBuilder CORPUS NEWS OUT");
      System.exit(2);
    }
    TermWeightsBuilder b = new TermWeightsBuilder();
    for (String lang : List.of("ar", "fa")) {
      try (Stream<Path> files = Files.list(Path.of(args[0], lang))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          b.add(lang, Files.readString(f));
        }
      }
    }
    b.news("ar", Path.of(args[1], "ar", "saudinewsnet"));
    b.news("fa", Path.of(args[1], "fa", "farsnews"));
    b.write(Path.of(args[2]));
  }

  private void news(String lang, Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode a = JSON.readTree(line);
            add(lang, a.get("title").asText() + "\n" + a.get("text").asText());
          }
        }
      }
    }
  }

  private void add(String lang, String text) {
    Set<String> seen = new HashSet<>(terms.terms(text));
    Map<String, Integer> counts = df.get(lang);
    seen.forEach(t -> counts.merge(t, 1, Integer::sum));
    docs.merge(lang, 1, Integer::sum);
  }

  private void write(Path out) throws IOException {
    Map<String, Double> weights = new TreeMap<>();
    for (String lang : List.of("ar", "fa")) {
      int n = docs.get(lang);
      df.get(lang).forEach((term, count) -> {
        if (count >= MIN_SHARE * n && !term.isBlank()) {
          weights.merge(term, Math.log((double) n / count), Math::min);
        }
      });
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Term weights (idf) for document and query vectors; written by TermWeightsBuilder from the document");
      w.printf("# frequencies of the corpus texts and the published news (%d Arabic, %d Persian documents):%n",
          docs.get("ar"), docs.get("fa"));
      w.println("# weight = the lower of ln(N/df) in Arabic and in Persian; terms rarer than 0.2% of both are not");
      w.println("# listed and weigh the ceiling.");
      w.printf("# ceiling\t%.2f%n", Math.log(1 / MIN_SHARE));
      weights.forEach((term, idf) -> w.printf("%s\t%.2f%n", term, idf));
    }
    System.err.printf("%d terms written to %s%n", weights.size(), out);
  }
}
