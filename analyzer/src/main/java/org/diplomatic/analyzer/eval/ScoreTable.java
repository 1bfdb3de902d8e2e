package org.diplomatic.analyzer.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores side by side: one row per measure, one column per evaluated set and language ("corpus ar", "real fa"),
 * filled in any order; a cell never filled prints as "-".
 */
public final class ScoreTable {
  private final List<String> columns = new ArrayList<>();
  private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

  /** Sets one cell; the value is printed with three decimals. */
  public void put(String row, String column, double value) {
    put(row, column, String.format("%.3f", value));
  }

  /** Sets one cell to text as given (for cells that combine two numbers). */
  public void put(String row, String column, String value) {
    if (!columns.contains(column)) {
      columns.add(column);
    }
    rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, value);
  }

  public String cell(String row, String column) {
    return rows.getOrDefault(row, Map.of()).getOrDefault(column, "-");
  }

  /** The table as aligned text: the measure, then one right-aligned column per set and language. */
  public String format() {
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
    StringBuilder sb = new StringBuilder(String.format("%-" + width + "s", "measure"));
    columns.forEach(c -> sb.append(String.format("  %10s", c)));
    sb.append('\n');
    for (String row : rows.keySet()) {
      sb.append(String.format("%-" + width + "s", row));
      columns.forEach(c -> sb.append(String.format("  %10s", cell(row, c))));
      sb.append('\n');
    }
    return sb.toString();
  }
}
