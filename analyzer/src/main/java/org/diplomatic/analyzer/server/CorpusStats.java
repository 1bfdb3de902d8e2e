package org.diplomatic.analyzer.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Counts for the workbench's charts, by document date: figures per year and unit kind (money, other), commitments per
 * year and kind, and documents per official's country and cooperation area. Undated documents count under "undated".
 */
final class CorpusStats {
  private final Map<String, Map<String, Integer>> figuresByYear = new TreeMap<>();
  private final Map<String, Map<String, Integer>> commitmentsByYear = new TreeMap<>();
  private final Map<String, Map<String, Integer>> areasByCountry = new TreeMap<>();
  private int documents;

  CorpusStats(List<IndexedDocument> all) {
    for (IndexedDocument d : all) {
      documents++;
      String year = d.date() == null ? "undated" : d.date().substring(0, 4);
      for (IndexedDocument.Figure f : d.figures()) {
        add(figuresByYear, year, f.unit() != null && f.unit().matches("[A-Z]{3}") ? "money" : "other");
      }
      for (IndexedDocument.Commitment c : d.commitments()) {
        add(commitmentsByYear, year, c.kind());
      }
      d.officials().stream().map(IndexedDocument.Official::country).filter(c -> c != null).distinct()
          .forEach(country -> d.areas().forEach(area -> add(areasByCountry, country, area)));
    }
  }

  private static void add(Map<String, Map<String, Integer>> table, String row, String column) {
    table.computeIfAbsent(row, k -> new TreeMap<>()).merge(column, 1, Integer::sum);
  }

  String json() {
    return ApiJson.of(g -> {
      g.writeStartObject();
      g.writeNumberField("documents", documents);
      for (var table : List.of(Map.entry("figures_by_year", figuresByYear),
          Map.entry("commitments_by_year", commitmentsByYear), Map.entry("areas_by_country", areasByCountry))) {
        g.writeObjectFieldStart(table.getKey());
        for (var row : table.getValue().entrySet()) {
          g.writeObjectFieldStart(row.getKey());
          for (var cell : row.getValue().entrySet()) {
            g.writeNumberField(cell.getKey(), cell.getValue());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    });
  }
}
