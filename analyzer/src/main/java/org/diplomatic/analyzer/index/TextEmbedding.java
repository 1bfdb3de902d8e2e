package org.diplomatic.analyzer.index;

/**
 * Turns a text (a document, a passage or a query) into a unit vector in the space of the index's vector field, or
 * null when no word of it has a vector. Implemented outside the index ({@code search.semantic}), so the index needs
 * no word vectors of its own.
 */
public interface TextEmbedding {
  int dimension();

  float[] embed(String text);

  /** A query's vector; an implementation may add what it knows of the query's words (translations), as here none. */
  default float[] embedQuery(String query) {
    return embed(query);
  }

  /**
   * The other language's words for the query's words, as the index's light-stemmed body terms (searched beside the
   * query's own when no document holds all of these); empty when unknown.
   */
  default java.util.List<String> translations(String query) {
    return java.util.List.of();
  }

  /**
   * The other words of the subjects the query's words (or their translations) belong to, as the index's
   * light-stemmed body terms, the query's own and their translations left out; empty when unknown.
   */
  default java.util.List<String> subjectWords(String query) {
    return java.util.List.of();
  }

  /** The cooperation areas a query vector is about, each with a weight (together 1); empty when unknown. */
  default java.util.Map<String, Double> areas(float[] queryVector) {
    return java.util.Map.of();
  }
}
