package org.diplomatic.analyzer.text;

/**
 * A document's text as read (decoded, BOM dropped, line ends kept) and where it came from; {@code readAs} names the
 * character set when it was not UTF-8 and the user did not choose it ({@code windows-1256}), else null;
 * {@code created} is the creation date its metadata gives (ISO yyyy-mm-dd, from Tika), else null.
 */
public record TextInput(String source, String text, String readAs, String created) {
  public TextInput(String source, String text) {
    this(source, text, null, null);
  }

  public TextInput(String source, String text, String readAs) {
    this(source, text, readAs, null);
  }
}
