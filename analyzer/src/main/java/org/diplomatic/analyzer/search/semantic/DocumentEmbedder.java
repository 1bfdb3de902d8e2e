package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;
import org.diplomatic.analyzer.index.TextEmbedding;

/**
 * A text's vector: the idf-weighted mean of the word vectors of its light-stemmed terms (the index's body terms),
 * scaled to unit length; null when none of its terms has a vector. Documents, passages and queries go through the
 * same path, so a Persian query and an Arabic document meet in the one aligned space; a query also counts the
 * lexicon's translations of its terms ({@link QueryTranslation}), together as much as the term itself.
 */
public final class DocumentEmbedder implements TextEmbedding {
  /** The word vectors, relative to the models folder. */
  public static final String VECTORS = "embeddings/vectors.bin";
  /** The term weights, relative to the models folder. */
  public static final String WEIGHTS = "semantic/term-weights.tsv";
  /** The query translations, relative to the models folder. */
  public static final String TRANSLATIONS = "semantic/translations.tsv";
  /** The area vectors, relative to the models folder. */
  public static final String AREAS = "semantic/area-vectors.tsv";
  /** The subject words of query terms, relative to the models folder. */
  public static final String SUBJECTS = "semantic/subject-words.tsv";

  /**
   * Least weight (idf) of a subject word: a stem that is also a common word of other meanings (العربات -> عرب, as
   * in العرب) would match most documents.
   */
  static final float SUBJECT_WORD_MIN_WEIGHT = 2f;

  private final WordVectors vectors;
  private final TermWeights weights;
  private final QueryTranslation translation;
  private final AreaVectors areas;
  private final SubjectExpansion subjects;
  private final Analyzer analyzer = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);

  /** Queries embedded as any text, without translations. */
  public DocumentEmbedder(WordVectors vectors, TermWeights weights) {
    this(vectors, weights, QueryTranslation.none(), null);
  }

  /** {@code areas} may be null: queries are then told no areas. */
  public DocumentEmbedder(WordVectors vectors, TermWeights weights, QueryTranslation translation, AreaVectors areas) {
    this(vectors, weights, translation, areas, SubjectExpansion.none());
  }

  /** As above, with the subject words the terms side of a search by meaning looks for ({@link #subjectWords}). */
  public DocumentEmbedder(WordVectors vectors, TermWeights weights, QueryTranslation translation, AreaVectors areas,
      SubjectExpansion subjects) {
    if (areas != null && areas.dimension() != vectors.dimension()) {
      throw new IllegalArgumentException("area vectors have " + areas.dimension() + " dimensions, the word vectors "
          + vectors.dimension());
    }
    this.vectors = vectors;
    this.weights = weights;
    this.translation = translation;
    this.areas = areas;
    this.subjects = subjects;
  }

  /**
   * The embedder of the models folder, or null when it has no word vectors; term weights, query translations and
   * area vectors are used when present.
   */
  public static DocumentEmbedder fromModels(Path models) {
    Path file = models.resolve(VECTORS);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Path weights = models.resolve(WEIGHTS);
      Path translations = models.resolve(TRANSLATIONS);
      Path areas = models.resolve(AREAS);
      Path subjects = models.resolve(SUBJECTS);
      return new DocumentEmbedder(WordVectors.load(file),
          Files.isRegularFile(weights) ? TermWeights.load(weights) : TermWeights.uniform(),
          Files.isRegularFile(translations) ? QueryTranslation.load(translations) : QueryTranslation.none(),
          Files.isRegularFile(areas) ? AreaVectors.load(areas) : null,
          Files.isRegularFile(subjects) ? SubjectExpansion.load(subjects) : SubjectExpansion.none());
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
      any |= add(sum, term, weights.weight(term));
    }
    return any ? unit(sum) : null;
  }

  @Override
  public float[] embedQuery(String query) {
    float[] sum = new float[vectors.dimension()];
    boolean any = false;
    for (String term : terms(query)) {
      float w = weights.weight(term);
      any |= add(sum, term, w);
      List<String> translations = translation.of(term);
      for (String t : translations) {
        any |= add(sum, t, w / translations.size());
      }
    }
    return any ? unit(sum) : null;
  }

  @Override
  public List<String> translations(String query) {
    Set<String> out = new LinkedHashSet<>();
    terms(query).forEach(term -> out.addAll(translation.of(term)));
    return List.copyOf(out);
  }

  @Override
  public List<String> subjectWords(String query) {
    List<String> terms = terms(query);
    Set<String> own = new LinkedHashSet<>(terms);
    terms.forEach(term -> own.addAll(translation.of(term)));
    Set<String> out = new LinkedHashSet<>();
    own.forEach(term -> out.addAll(subjects.of(term)));
    out.removeAll(own);
    out.removeIf(term -> weights.weight(term) < SUBJECT_WORD_MIN_WEIGHT);
    return List.copyOf(out);
  }

  @Override
  public Map<String, Double> areas(float[] queryVector) {
    return areas == null || queryVector == null ? Map.of() : areas.weights(queryVector);
  }

  /** Adds {@code weight} times the term's vector to {@code sum}; whether the term has one. */
  private boolean add(float[] sum, String term, float weight) {
    float[] v = vectors.vector(term);
    if (v == null) {
      return false;
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] += weight * v[i];
    }
    return true;
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
