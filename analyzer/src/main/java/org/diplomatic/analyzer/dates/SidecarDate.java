package org.diplomatic.analyzer.dates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The date a user wrote for a file in a sidecar {@code <file>.date} beside it: its first non-blank line, an ISO date.
 * A sidecar that is not one is an {@link IllegalArgumentException} naming the sidecar.
 */
public final class SidecarDate {
  public static final String SUFFIX = ".date";

  private SidecarDate() {}

  /** The sidecar's date for {@code file}, or empty when there is no sidecar. */
  public static Optional<DocumentDate> of(Path file) {
    Path sidecar = file.resolveSibling(file.getFileName() + SUFFIX);
    if (!Files.isRegularFile(sidecar)) {
      return Optional.empty();
    }
    try {
      String value = Files.readAllLines(sidecar, StandardCharsets.UTF_8).stream()
          .map(String::strip).map(s -> s.replace("\uFEFF", "")).filter(s -> !s.isEmpty()).findFirst().orElse("");
      if (!DocumentDate.valid(value)) {
        throw new IllegalArgumentException(sidecar + ": not an ISO date (yyyy-mm-dd, yyyy-mm or yyyy): '" + value + "'");
      }
      return Optional.of(new DocumentDate(value, DateSource.USER));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sidecar, e);
    }
  }
}
