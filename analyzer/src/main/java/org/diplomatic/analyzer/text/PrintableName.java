package org.diplomatic.analyzer.text;

/**
 * A file name or other untrusted string made safe for a one-line message: control characters (C0, DEL, C1, line
 * and paragraph separators) and bidi controls become escapes ({@code \n}, {@code \t}, {@code \u202E}), so a name
 * cannot split its error line, forge another one, or reorder the text around it on a terminal.
 */
public final class PrintableName {
  private PrintableName() {}

  public static String of(String s) {
    if (s.chars().noneMatch(PrintableName::unsafe)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean unsafe(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
