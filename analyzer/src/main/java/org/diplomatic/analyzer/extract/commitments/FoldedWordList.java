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

/** A bundled list of this package with one word a line ({@code #} lines are comments), each folded. */
final class FoldedWordList {
  private FoldedWordList() {}

  static Set<String> load(String resource) {
    TextNormalizer fold = TextNormalizer.folding();
    Set<String> words = new HashSet<>();
    try (InputStream in = BundledResource.open(FoldedWordList.class, resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(fold.apply(word));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }
}
