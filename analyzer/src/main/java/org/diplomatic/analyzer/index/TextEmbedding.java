package org.diplomatic.analyzer.index;

/**
 * Turns a text (a document, a passage or a query) into a unit vector in the space of the index's vector field, or
 * null when no word of it has a vector. Implemented outside the index ({@code search.semantic}), so the index needs
 * no word vectors of its own.
 */
public interface TextEmbedding {
  int dimension();

  float[] embed(String text);
}
