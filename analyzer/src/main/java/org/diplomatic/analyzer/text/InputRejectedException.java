package org.diplomatic.analyzer.text;

/**
 * An input that cannot be analyzed (binary, undecodable, empty, too large, unreadable); the message names it on one
 * line, its name made printable ({@link PrintableName}).
 */
public final class InputRejectedException extends Exception {
  private final String source;

  public InputRejectedException(String source, String reason) {
    super(PrintableName.of(source) + ": " + reason.replaceAll("[\\r\\n]+", " "));
    this.source = source;
  }

  public String source() {
    return source;
  }
}
