package org.diplomatic.analyzer.search.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.diplomatic.analyzer.text.BundledResource;

/**
 * The hand-written Arabic-Persian word pairs of {@code seed-lexicon.tsv} (one {@code arabic<TAB>persian} a line,
 * {@code #} comments), split once and for all into a training part and a held-out fifth.
 */
public final class SeedLexicon {
  static final String RESOURCE = "seed-lexicon.tsv";

  /** One pair as written. */
  public record Pair(String arabic, String persian) {
    /** Whether the pair belongs to the held-out fifth: decided by its own text, so adding pairs moves no other. */
    public boolean heldOut() {
      return Math.floorMod((arabic + "\t" + persian).hashCode(), 5) == 0;
    }
  }

  /** How a group's heading line begins ({@code # == energy}). */
  private static final String GROUP_HEADING = "# == ";

  private final List<Pair> pairs;
  private final Map<String, List<Pair>> groups;

  private SeedLexicon(List<Pair> pairs, Map<String, List<Pair>> groups) {
    this.pairs = List.copyOf(pairs);
    this.groups = groups;
  }

  public static SeedLexicon bundled() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BundledResource.open(SeedLexicon.class, RESOURCE), StandardCharsets.UTF_8))) {
      return parse(in.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The pairs of {@code lines}; a line that is not two single words separated by one tab is an error naming it. */
  public static SeedLexicon parse(List<String> lines, String source) {
    List<Pair> pairs = new ArrayList<>();
    Map<String, List<Pair>> groups = new LinkedHashMap<>();
    String group = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(GROUP_HEADING)) {
        group = line.substring(GROUP_HEADING.length()).strip();
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 2 || !singleWord(fields[0]) || !singleWord(fields[1])) {
        throw new IllegalArgumentException(source + " line " + (i + 1)
            + ": expected 'arabic<TAB>persian', one word each, got '" + line + "'");
      }
      Pair pair = new Pair(fields[0], fields[1]);
      pairs.add(pair);
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(pair);
    }
    groups.replaceAll((g, members) -> List.copyOf(members));
    return new SeedLexicon(pairs, Collections.unmodifiableMap(groups));
  }

  private static boolean singleWord(String field) {
    return !field.isEmpty() && field.codePoints().noneMatch(Character::isWhitespace);
  }

  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * The pairs under each {@code # == name} heading, in the file's order (pairs before any heading under ""): the
   * vocabulary of one area or of diplomacy.
   */
  public Map<String, List<Pair>> groups() {
    return groups;
  }

  public List<Pair> training() {
    return pairs.stream().filter(p -> !p.heldOut()).toList();
  }

  public List<Pair> heldOut() {
    return pairs.stream().filter(Pair::heldOut).toList();
  }

  /**
   * The pairs as the vectors' keys: each side through {@code analyzer}; a side that gives no term or several (a
   * stop word, a split word) drops its pair.
   */
  public static List<Pair> asTerms(List<Pair> pairs, Analyzer analyzer) {
    List<Pair> terms = new ArrayList<>();
    for (Pair pair : pairs) {
      List<String> arabic = term(analyzer, pair.arabic());
      List<String> persian = term(analyzer, pair.persian());
      if (arabic.size() == 1 && persian.size() == 1) {
        terms.add(new Pair(arabic.get(0), persian.get(0)));
      }
    }
    return terms;
  }

  private static List<String> term(Analyzer analyzer, String word) {
    try {
      return EmbeddingCorpus.terms(analyzer, word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
