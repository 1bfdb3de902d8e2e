package org.diplomatic.analyzer.text;

/** An input that cannot be analyzed (binary, not UTF-8, empty, too large, unreadable); the message names it. */
public final class InputRejectedException extends Exception {
  private final String source;

  public InputRejectedException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
  }

  public String source() {
    return source;
  }
}
