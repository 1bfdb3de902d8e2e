package org.diplomatic.analyzer.search.semantic;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word vectors of Arabic and Persian in one space, keyed by the terms of
 * {@code new ArabicPersianAnalyzer(Stemming.LIGHT)}. The file is plain Java data (no ND4J at run time): a magic
 * number, version 2, the dimension, the count, then per term its UTF-8 length (unsigned short) and bytes, a float
 * scale and one signed byte per dimension (value = byte x scale; scale = largest magnitude / 127), terms in UTF-8
 * byte order, so a loaded file is searched in place. Saving rounds each value to within half a scale step; vectors
 * built with {@link #of} are kept exact.
 */
public final class WordVectors {
  private static final int MAGIC = 0x57564543; // "WVEC"
  private static final int VERSION = 2;
  private static final int HEADER = 16;

  private final int dimension;
  /** Vectors of {@link #of}; null when loaded. */
  private final Map<String, float[]> vectors;
  /** The file as loaded, and where each entry starts in it, in the file's (UTF-8 byte) order of terms; else null. */
  private final ByteBuffer file;
  private final int[] entries;

  private WordVectors(int dimension, Map<String, float[]> vectors, ByteBuffer file, int[] entries) {
    this.dimension = dimension;
    this.vectors = vectors;
    this.file = file;
    this.entries = entries;
  }

  public static WordVectors of(int dimension, Map<String, float[]> vectors) {
    Map<String, float[]> copy = new HashMap<>();
    vectors.forEach((term, vector) -> {
      if (vector.length != dimension) {
        throw new IllegalArgumentException("vector of '" + term + "' has " + vector.length + " values, not " + dimension);
      }
      copy.put(term, vector.clone());
    });
    return new WordVectors(dimension, copy, null, null);
  }

  /** Reads the file and notes where each entry starts: no string or array per term, so loading is one quick pass. */
  public static WordVectors load(Path path) throws IOException {
    ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(path));
    if (file.limit() < HEADER || file.getInt(0) != MAGIC || file.getInt(4) != VERSION) {
      throw new IOException("not a word-vector file of version " + VERSION + ": " + path);
    }
    int dimension = file.getInt(8);
    int count = file.getInt(12);
    if (dimension < 0 || count < 0) {
      throw new IOException("corrupt word-vector file: " + path);
    }
    int[] entries = new int[count];
    int at = HEADER;
    for (int i = 0; i < count; i++) {
      if (at + 2 > file.limit()) {
        throw new IOException("truncated word-vector file: " + path);
      }
      entries[i] = at;
      at += 2 + Short.toUnsignedInt(file.getShort(at)) + 4 + dimension;
    }
    if (at != file.limit()) {
      throw new IOException((at > file.limit() ? "truncated" : "corrupt") + " word-vector file: " + path);
    }
    return new WordVectors(dimension, null, file, entries);
  }

  /** Writes the vectors, terms in the unsigned order of their UTF-8 bytes (what {@link #vector} searches). */
  public void save(Path path) throws IOException {
    List<byte[]> terms = new ArrayList<>();
    for (String term : terms()) {
      terms.add(term.getBytes(StandardCharsets.UTF_8));
    }
    terms.sort(Arrays::compareUnsigned);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(dimension);
      out.writeInt(terms.size());
      for (byte[] bytes : terms) {
        if (bytes.length > 0xFFFF) {
          throw new IllegalArgumentException("term of " + bytes.length + " bytes cannot be saved");
        }
        out.writeShort(bytes.length);
        out.write(bytes);
        float[] vector = vector(new String(bytes, StandardCharsets.UTF_8));
        float largest = 0;
        for (float value : vector) {
          largest = Math.max(largest, Math.abs(value));
        }
        float scale = largest / 127f;
        out.writeFloat(scale);
        for (float value : vector) {
          out.writeByte(scale == 0 ? 0 : Math.round(value / scale));
        }
      }
    }
  }

  List<String> terms() {
    if (vectors != null) {
      return new ArrayList<>(vectors.keySet());
    }
    List<String> terms = new ArrayList<>(entries.length);
    for (int entry : entries) {
      terms.add(new String(file.array(), entry + 2, Short.toUnsignedInt(file.getShort(entry)), StandardCharsets.UTF_8));
    }
    return terms;
  }

  public int dimension() {
    return dimension;
  }

  public int size() {
    return vectors != null ? vectors.size() : entries.length;
  }

  /** The term's vector (a copy), or null when the term is unknown. */
  public float[] vector(String term) {
    if (vectors != null) {
      float[] vector = vectors.get(term);
      return vector == null ? null : vector.clone();
    }
    int entry = find(term.getBytes(StandardCharsets.UTF_8));
    if (entry < 0) {
      return null;
    }
    int length = Short.toUnsignedInt(file.getShort(entry));
    float scale = file.getFloat(entry + 2 + length);
    byte[] bytes = file.array();
    int codes = entry + 2 + length + 4;
    float[] vector = new float[dimension];
    for (int d = 0; d < dimension; d++) {
      vector[d] = bytes[codes + d] * scale;
    }
    return vector;
  }

  /** Binary search over the entries; the entry's offset, or -1. */
  private int find(byte[] term) {
    byte[] bytes = file.array();
    int low = 0;
    int high = entries.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int entry = entries[middle];
      int length = Short.toUnsignedInt(file.getShort(entry));
      int order = Arrays.compareUnsigned(bytes, entry + 2, entry + 2 + length, term, 0, term.length);
      if (order == 0) {
        return entry;
      } else if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return -1;
  }
}
