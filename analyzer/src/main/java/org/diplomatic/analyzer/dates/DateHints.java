package org.diplomatic.analyzer.dates;

/**
 * Dates known from outside the text: the user's ({@code --date} or a sidecar file), which wins over the text, and
 * the metadata's (Tika's creation date, the news archive's date), which is used only when the text writes none.
 * Either may be null.
 */
public record DateHints(DocumentDate user, DocumentDate metadata) {
  public static final DateHints NONE = new DateHints(null, null);
}
