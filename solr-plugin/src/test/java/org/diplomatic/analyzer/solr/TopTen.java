package org.diplomatic.analyzer.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomatic.analyzer.index.SearchResult;

/**
 * Compares two rankings' top hits: the same documents in the same order, where documents of equal score (to 4
 * decimals) may come in either order, and the last places may be any of the documents tied there.
 */
final class TopTen {
  private TopTen() {}

  static boolean same(List<SearchResult.Hit> expected, List<SearchResult.Hit> actual) {
    if (expected.size() != actual.size()) {
      return false;
    }
    List<SearchResult.Hit> a = canonical(expected);
    List<SearchResult.Hit> b = canonical(actual);
    for (int i = 0; i < a.size(); i++) {
      boolean tiedAtTheCut = rounded(a.get(i)) == rounded(a.get(a.size() - 1))
          && rounded(b.get(i)) == rounded(a.get(a.size() - 1));
      if (!a.get(i).id().equals(b.get(i).id()) && !tiedAtTheCut) {
        return false;
      }
    }
    return true;
  }

  static List<String> ids(List<SearchResult.Hit> hits) {
    return hits.stream().map(h -> h.id().substring(0, 8) + "@" + String.format("%.3f", h.score())).toList();
  }

  private static List<SearchResult.Hit> canonical(List<SearchResult.Hit> hits) {
    List<SearchResult.Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingLong(TopTen::rounded).reversed().thenComparing(SearchResult.Hit::id));
    return sorted;
  }

  private static long rounded(SearchResult.Hit hit) {
    return Math.round(hit.score() * 10_000);
  }
}
