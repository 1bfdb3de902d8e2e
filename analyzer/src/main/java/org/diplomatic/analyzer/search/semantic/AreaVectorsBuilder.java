package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;

/**
 * Writes {@code area-vectors.tsv} ({@link AreaVectors}): per cooperation area, the mean of the unit vectors of the
 * corpus's training-split documents (both languages) whose gold areas include it. Run from the checkout, after the
 * word vectors and term weights: {@code java -cp analyzer/target/analyzer.jar
 * org.diplomatic.analyzer.search.semantic.AreaVectorsBuilder corpus models models/semantic/area-vectors.tsv}.
 */
public final class AreaVectorsBuilder {
  private AreaVectorsBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: AreaVectorsBuilder CORPUS MODELS OUT");
      System.exit(2);
    }
    DocumentEmbedder embedder = DocumentEmbedder.fromModels(Path.of(args[1]));
    if (embedder == null) {
      System.err.println("no word vectors under " + args[1]);
      System.exit(2);
    }
    Map<String, float[]> sums = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (GoldDocument d : GoldCorpus.open(Path.of(args[0])).documents(GoldCorpus.Split.TRAIN)) {
      float[] v = embedder.embed(d.text());
      for (String area : v == null ? java.util.List.<String>of() : d.areas()) {
        float[] sum = sums.computeIfAbsent(area, a -> new float[v.length]);
        for (int i = 0; i < v.length; i++) {
          sum[i] += v[i];
        }
        counts.merge(area, 1, Integer::sum);
      }
    }
    Path out = Path.of(args[2]);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Area vectors for search by meaning: per cooperation area, the mean of the document vectors");
      w.println("# (DocumentEmbedder over models/embeddings and models/semantic/term-weights.tsv) of the corpus's");
      w.println("# training-split documents whose gold areas include it; written by AreaVectorsBuilder.");
      w.println("# label<TAB>values; documents per area: " + counts);
      sums.forEach((area, sum) -> {
        Vectors.normalize(sum);
        StringBuilder values = new StringBuilder();
        for (float x : sum) {
          values.append(values.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.5f", x));
        }
        w.println(area + "\t" + values);
      });
    }
    System.err.printf("%d areas written to %s%n", sums.size(), out);
  }
}
