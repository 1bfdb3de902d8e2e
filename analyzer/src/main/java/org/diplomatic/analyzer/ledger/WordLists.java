package org.diplomatic.analyzer.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.BundledResource;

/** Reads the ledger's bundled word lists (tab-separated): a row per line, comment and blank lines left out. */
final class WordLists {
  private WordLists() {}

  /** The rows of {@code resource} (relative to this package, or absolute), split at tabs. */
  static List<String[]> rows(String resource) {
    try (InputStream in = BundledResource.open(WordLists.class, resource)) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.strip().split("\t"));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled word list " + resource, e);
    }
  }
}
