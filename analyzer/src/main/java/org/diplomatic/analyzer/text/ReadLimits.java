package org.diplomatic.analyzer.text;

/**
 * How much an input may hold, checked while it is read so that a small hostile file (a zip bomb, a page of nested
 * tags) is rejected in one line instead of exhausting memory.
 *
 * @param maxBytes the file's size on disk (or of standard input)
 * @param maxExpandedBytes the total size of a zip container's ({@code .docx}, {@code .odt}) entries once inflated
 * @param maxChars the characters of text extracted from a rich document
 * @param maxDepth the nesting of elements in the extracted document
 */
public record ReadLimits(long maxBytes, long maxExpandedBytes, long maxChars, int maxDepth) {
  /** 20 MiB on disk, far above any real statement or set of minutes. */
  public static final long DEFAULT_MAX_BYTES = 20L << 20;
  /** 256 MiB inflated: a Word file with large images stays well below it; a zip bomb does not. */
  public static final long DEFAULT_MAX_EXPANDED_BYTES = 256L << 20;
  /** As many characters as the largest plain-text file has bytes. */
  public static final long DEFAULT_MAX_CHARS = DEFAULT_MAX_BYTES;
  /** Real pages nest a few dozen elements deep. */
  public static final int DEFAULT_MAX_DEPTH = 1000;

  public ReadLimits {
    if (maxBytes <= 0 || maxExpandedBytes <= 0 || maxChars <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("read limits must be positive: " + maxBytes + ", " + maxExpandedBytes
          + ", " + maxChars + ", " + maxDepth);
    }
  }

  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANDED_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH);
  }

  public ReadLimits withMaxBytes(long bytes) {
    return new ReadLimits(bytes, maxExpandedBytes, maxChars, maxDepth);
  }
}
