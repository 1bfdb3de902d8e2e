package org.diplomatic.analyzer.dates;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomatic.analyzer.text.TextInput;

/**
 * Dates known from outside the text: the user's ({@code --date} or a sidecar file), which wins over the text, and
 * the metadata's (Tika's creation date, the news archive's date), which is used only when the text writes none.
 * Either may be null.
 */
public record DateHints(DocumentDate user, DocumentDate metadata) {
  public static final DateHints NONE = new DateHints(null, null);

  /**
   * The hints for one input read from a file: {@code user} (may be null), else the sidecar date beside its file; and
   * its metadata's creation day when that is a valid date.
   */
  public static DateHints of(TextInput input, DocumentDate user) {
    if (user == null && !input.source().equals("-") && Files.isRegularFile(Path.of(input.source()))) {
      user = SidecarDate.of(Path.of(input.source())).orElse(null);
    }
    DocumentDate created = input.created() != null && DocumentDate.valid(input.created())
        ? new DocumentDate(input.created(), DateSource.METADATA) : null;
    return new DateHints(user, created);
  }
}
