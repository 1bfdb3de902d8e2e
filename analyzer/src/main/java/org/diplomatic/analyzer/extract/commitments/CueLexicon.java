package org.diplomatic.analyzer.extract.commitments;

import org.diplomatic.analyzer.text.BundledResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;

/**
 * The cue words of {@code commitment-cues.tsv} (kinds, negation, past, reported speech), matched on folded token
 * forms; a leading و/ف on the first word of a cue is ignored.
 */
public final class CueLexicon {
  /** One cue found: its feature (a commitment kind, "negation", "past" or "reported") and first token index. */
  public record Hit(String feature, int token, int length) {}

  private record Cue(String feature, String lang, String[] words) {}

  private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

  private CueLexicon() {}

  public static CueLexicon load() {
    return load("commitment-cues.tsv");
  }

  /** The cues of a bundled table of this package with the columns of {@code commitment-cues.tsv}. */
  static CueLexicon load(String resource) {
    TextNormalizer fold = TextNormalizer.folding();
    CueLexicon lexicon = new CueLexicon();
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw BundledResource.missing(resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          String[] words = fold.apply(cols[2]).split(" ");
          lexicon.byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Cue(cols[0], cols[1], words));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return lexicon;
  }

  public List<Hit> find(List<Token> tokens) {
    return find(tokens, null);
  }

  /**
   * The cues of language {@code lang} ("ar" or "fa") only, or of both when null: a Persian cue written with Arabic
   * letters (مقرر) is another word in an Arabic clause ("مقرر لجنة الفلسفة", the committee's rapporteur).
   */
  List<Hit> find(List<Token> tokens, String lang) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String form = tokens.get(i).form();
      match(tokens, i, form, lang, hits);
      if ((form.startsWith("و") || form.startsWith("ف")) && form.length() > 2) {
        match(tokens, i, form.substring(1), lang, hits);
      }
    }
    return hits;
  }

  private void match(List<Token> tokens, int i, String first, String lang, List<Hit> hits) {
    for (Cue cue : byFirstWord.getOrDefault(first, List.of())) {
      if (i + cue.words().length > tokens.size() || lang != null && !lang.equals(cue.lang())) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < cue.words().length && all; k++) {
        all = tokens.get(i + k).form().equals(cue.words()[k]);
      }
      if (all) {
        hits.add(new Hit(cue.feature(), i, cue.words().length));
      }
    }
  }
}
