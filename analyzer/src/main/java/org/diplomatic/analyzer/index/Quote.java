package org.diplomatic.analyzer.index;

/** User text quoted in a one-line error message, cut short so that a pasted page does not fill the terminal. */
public final class Quote {
  /** Characters of user text an error message quotes at most. */
  public static final int MAX = 60;

  private Quote() {}

  /** {@code text} in single quotes, shortened to {@link #MAX} characters with an ellipsis and its line breaks flattened. */
  public static String of(String text) {
    return "'" + shorten(text, MAX) + "'";
  }

  /** {@code text} on one line, cut to {@code max} characters (never inside a surrogate pair) with an ellipsis. */
  public static String shorten(String text, int max) {
    String flat = text.replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = Character.isLowSurrogate(flat.charAt(max)) ? max - 1 : max;
    return flat.substring(0, cut) + "… (" + flat.length() + " characters)";
  }
}
