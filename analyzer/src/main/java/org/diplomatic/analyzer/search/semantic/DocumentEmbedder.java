package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;
import org.diplomatic.analyzer.index.TextEmbedding;

/**
 * A text's vector: the idf-weighted mean of the word vectors of its light-stemmed terms (the index's body terms),
 * scaled to unit length; null when none of its terms has a vector. Documents, passages and queries go through the
 * same path, so a Persian query and an Arabic document meet in the one aligned space.
 */
public final class DocumentEmbedder implements TextEmbedding {
  /** The word vectors, relative to the models folder. */
  public static final String VECTORS = "embeddings/vectors.bin";
  /** The term weights, relative to the models folder. */
  public static final String WEIGHTS = "semantic/term-weights.tsv";

  private final WordVectors vectors;
  private final TermWeights weights;
  private final Analyzer analyzer = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);

  public DocumentEmbedder(WordVectors vectors, TermWeights weights) {
    this.vectors = vectors;
    this.weights = weights;
  }

  /**
   * The embedder of the models folder, or null when it has no word vectors; term weights are used when present.
   */
  public static DocumentEmbedder fromModels(Path models) {
    Path file = models.resolve(VECTORS);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Path weights = models.resolve(WEIGHTS);
      return new DocumentEmbedder(WordVectors.load(file),
          Files.isRegularFile(weights) ? TermWeights.load(weights) : TermWeights.uniform());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word vectors " + file + " (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public int dimension() {
    return vectors.dimension();
  }

  @Override
  public float[] embed(String text) {
    float[] sum = new float[vectors.dimension()];
    boolean any = false;
    for (String term : terms(text)) {
      float[] v = vectors.vector(term);
      if (v != null) {
        float w = weights.weight(term);
        for (int i = 0; i < sum.length; i++) {
          sum[i] += w * v[i];
        }
        any = true;
      }
    }
    return any ? unit(sum) : null;
  }

  /** The light-stemmed terms of {@code text}, in order. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text == null ? "" : text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return null;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return v;
  }
}
