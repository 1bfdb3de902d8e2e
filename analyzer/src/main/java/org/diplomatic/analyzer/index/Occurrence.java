package org.diplomatic.analyzer.index;

/**
 * One occurrence of a searched word or phrase: the document's source and text, the half-open span of the match and
 * the document's id (null outside an index), with its contexts cut to a number of terminal columns (white space runs,
 * line breaks included, shown as one space).
 */
public record Occurrence(String source, String text, int start, int end, String id) {

  /** An occurrence in a text that is no indexed document (no id). */
  public Occurrence(String source, String text, int start, int end) {
    this(source, text, start, end, null);
  }

  /** The matched text as written. */
  public String match() {
    return text.substring(start, end).replaceAll("\\s+", " ");
  }

  /** Up to {@code columns} columns of text before the match, ending at the last letter before it. */
  public String before(int columns) {
    String context = walk(start, -1, columns).reverse().toString(); // reverse() keeps surrogate pairs whole
    int first = 0;
    while (first < context.length() && columns(context.codePointAt(first)) == 0) {
      first += Character.charCount(context.codePointAt(first)); // marks whose letter was cut off
    }
    return context.substring(first);
  }

  /** Up to {@code columns} columns of text after the match, starting at the first letter after it. */
  public String after(int columns) {
    return walk(end, 1, columns).toString();
  }

  /** Characters met walking from {@code from} in direction {@code step} (-1 or 1), in the order met. */
  private StringBuilder walk(int from, int step, int columns) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    boolean space = false;
    for (int i = from; step < 0 ? i > 0 : i < text.length(); ) {
      int cp = step < 0 ? text.codePointBefore(i) : text.codePointAt(i);
      if (Character.isWhitespace(cp)) {
        space = !out.isEmpty(); // white space next to the match is dropped, any other run becomes one space
      } else {
        int width = columns(cp) + (space ? 1 : 0);
        if (used + width > columns) {
          break;
        }
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(cp);
        used += width;
      }
      i += step * Character.charCount(cp);
    }
    return out;
  }

  /** Terminal columns of a string: one per character, none for combining marks (harakat) and format characters. */
  public static int columns(CharSequence s) {
    return s.codePoints().map(Occurrence::columns).sum();
  }

  private static int columns(int cp) {
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT -> 0;
      default -> 1;
    };
  }
}
