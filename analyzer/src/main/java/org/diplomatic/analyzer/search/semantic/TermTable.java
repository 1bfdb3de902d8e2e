package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A table of terms, each with its words ({@code term<TAB>word word ...}), behind a header of comment lines. */
final class TermTable {
  private TermTable() {}

  /** Reads a table written by {@link #write}; {@code what} names the second column in the error of a bad line. */
  static Map<String, List<String>> read(Path file, String what) throws IOException {
    Map<String, List<String>> table = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IOException(file + ": not 'term<TAB>" + what + "': " + line);
      }
      table.put(cells[0], List.of(cells[1].split(" ")));
    }
    return table;
  }

  /** Writes the header lines (each after "# "), then the terms in order. */
  static void write(Path file, List<String> header, Map<String, List<String>> table) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      header.forEach(line -> w.println("# " + line));
      new TreeMap<>(table).forEach((term, list) -> w.println(term + "\t" + String.join(" ", list)));
    }
  }
}
