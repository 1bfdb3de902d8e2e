package org.diplomatic.analyzer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The character table of {@link TextNormalizer}, read from {@code normalization.tsv}: for each BMP character, its
 * replacement at the BASE level and at the FOLD level ({@code null} = unchanged, "" = deleted).
 */
final class NormalizationRules {
  private static final String RESOURCE = "normalization.tsv";

  private final String[] base = new String[0x10000];
  private final String[] fold = new String[0x10000];

  private NormalizationRules() {}

  static NormalizationRules load() {
    NormalizationRules rules = new NormalizationRules();
    try (InputStream in = NormalizationRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw BundledResource.missing(RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rules.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return rules;
  }

  private void add(String[] cols) {
    boolean isBase = switch (cols[0]) {
      case "BASE" -> true;
      case "FOLD" -> false;
      default -> throw new IllegalArgumentException(RESOURCE + ": unknown level " + cols[0]);
    };
    String replacement = "-".equals(cols[2]) ? "" : decode(cols[2]);
    String[] range = cols[1].split("-");
    int from = Integer.parseInt(range[0], 16);
    int to = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
    for (int c = from; c <= to; c++) {
      base[c] = isBase ? replacement : base[c];
      fold[c] = isBase ? fold[c] : replacement;
    }
  }

  private static String decode(String hex) {
    StringBuilder sb = new StringBuilder();
    for (String cp : hex.split(" ")) {
      sb.appendCodePoint(Integer.parseInt(cp, 16));
    }
    return sb.toString();
  }

  /** The BASE replacement of {@code c}, or null when BASE leaves it alone. */
  String base(char c) {
    return base[c];
  }

  /** The FOLD replacement of {@code c}, or null when FOLD leaves it alone. */
  String fold(char c) {
    return fold[c];
  }
}
