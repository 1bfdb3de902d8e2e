package org.diplomatic.analyzer.extract.officials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads a CoNLL file (one "token tag" per line, a blank line between sentences, BIO tags) into name samples that
 * keep only person names: PERS/PER/pers become {@value #TYPE}, every other tag is outside; each sample clears the
 * finder's memory of earlier sentences.
 */
public final class ConllPersonSamples {
  /** The one entity type our models learn. */
  public static final String TYPE = "person";

  private ConllPersonSamples() {}

  /** The sentences of one file, in order. */
  public static List<NameSample> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER file " + file, e);
    }
    List<NameSample> samples = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(tokens, tags, samples);
        continue;
      }
      int cut = line.lastIndexOf(' ');
      if (cut <= 0) {
        continue;
      }
      tokens.add(line.substring(0, cut).strip());
      tags.add(line.substring(cut + 1));
    }
    flush(tokens, tags, samples);
    return samples;
  }

  private static void flush(List<String> tokens, List<String> tags, List<NameSample> out) {
    if (tokens.isEmpty()) {
      return;
    }
    List<Span> names = new ArrayList<>();
    int begin = -1;
    for (int i = 0; i <= tokens.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean person = isPerson(tag);
      boolean starts = person && (begin < 0 || tag.startsWith("B-"));
      if (begin >= 0 && (!person || starts)) {
        names.add(new Span(begin, i, TYPE));
        begin = -1;
      }
      if (starts) {
        begin = i;
      }
    }
    // each sentence stands alone, as the held-out part is scored: with the name finder's memory of earlier names
    // (PreviousMapFeatureGenerator) carried across a whole file, training saw the gold names of thousands of
    // sentences before and leaned on that memory, which never holds for a single sentence
    out.add(new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true));
    tokens.clear();
    tags.clear();
  }

  private static boolean isPerson(String tag) {
    String t = tag.toUpperCase(Locale.ROOT);
    return t.endsWith("-PERS") || t.endsWith("-PER");
  }
}
