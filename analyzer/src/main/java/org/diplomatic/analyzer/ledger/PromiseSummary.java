package org.diplomatic.analyzer.ledger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the ledger file's table of contents holds of a promise, enough to filter it without reading its links: id,
 * countries, areas, status, the dates of its first and last statement, its holders (folded) and how many documents
 * write it.
 */
public record PromiseSummary(String id, List<String> countries, List<String> areas, String status, String firstDate,
    String lastDate, List<String> holders, int documents) {

  public static PromiseSummary of(Promise p) {
    Set<String> holders = new LinkedHashSet<>();
    Set<String> docs = new LinkedHashSet<>();
    String first = null;
    String last = null;
    for (Link l : p.links()) {
      Statement s = l.statement();
      if (s == null) {
        continue;
      }
      docs.add(s.docId());
      if (s.holder() != null) {
        holders.add(String.join(" ", FoldedWords.of(s.holder())));
      }
      if (s.date() != null) {
        first = first == null || s.date().compareTo(first) < 0 ? s.date() : first;
        last = last == null || s.date().compareTo(last) > 0 ? s.date() : last;
      }
    }
    return new PromiseSummary(p.id(), p.countries(), p.areas(), p.status(), first, last, List.copyOf(holders),
        docs.size());
  }
}
