package org.diplomatic.analyzer.extract.commitments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.diplomatic.analyzer.text.BundledResource;
import org.diplomatic.analyzer.text.TextNormalizer;

/** The folded three-letter imperfect verbs of {@code short-future-stems.tsv} that سـ makes a four-letter future. */
final class ShortFutureStems {
  private static final String RESOURCE = "short-future-stems.tsv";

  private ShortFutureStems() {}

  static Set<String> load() {
    TextNormalizer fold = TextNormalizer.folding();
    Set<String> stems = new HashSet<>();
    try (InputStream in = BundledResource.open(ShortFutureStems.class, RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stem = line.strip();
        if (!stem.isEmpty() && !stem.startsWith("#")) {
          stems.add(fold.apply(stem));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Set.copyOf(stems);
  }
}
