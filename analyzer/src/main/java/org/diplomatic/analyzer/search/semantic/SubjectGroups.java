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
import org.diplomatic.analyzer.text.BundledResource;

/**
 * The hand-written words of one subject in both languages ({@code subject-groups.tsv}: {@code subject<TAB>arabic
 * words<TAB>persian words}, {@code #} comments), which {@link Retrofitting} pulls toward each other.
 */
public final class SubjectGroups {
  static final String RESOURCE = "subject-groups.tsv";

  private SubjectGroups() {}

  /** Subject -> its words as written (both languages), in the file's order. */
  public static Map<String, List<String>> bundled() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BundledResource.open(SubjectGroups.class, RESOURCE), StandardCharsets.UTF_8))) {
      return parse(in.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The groups of {@code lines}; a line without three tab-separated cells is an error naming it. */
  public static Map<String, List<String>> parse(List<String> lines, String source) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3 || cells[0].isBlank()) {
        throw new IllegalArgumentException(source + " line " + (i + 1)
            + ": expected 'subject<TAB>arabic words<TAB>persian words', got '" + line + "'");
      }
      List<String> words = new ArrayList<>();
      for (String cell : List.of(cells[1], cells[2])) {
        words.addAll(List.of(cell.strip().split("\\s+")));
      }
      words.removeIf(String::isEmpty);
      groups.put(cells[0].strip(), List.copyOf(words));
    }
    return Collections.unmodifiableMap(groups);
  }
}
