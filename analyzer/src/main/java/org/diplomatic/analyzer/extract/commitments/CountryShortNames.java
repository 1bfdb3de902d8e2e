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

/** The folded one-word Persian state names of {@code country-short-names.tsv} that ICU's display names lack. */
final class CountryShortNames {
  private static final String RESOURCE = "country-short-names.tsv";

  private CountryShortNames() {}

  static Set<String> load() {
    TextNormalizer fold = TextNormalizer.folding();
    Set<String> names = new HashSet<>();
    try (InputStream in = BundledResource.open(CountryShortNames.class, RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(fold.apply(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Set.copyOf(names);
  }
}
