package org.diplomatic.analyzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.SearchRequest;

/**
 * A fixed, seeded mix of searches drawn from the indexed documents, in equal shares: one word, two words, a quoted
 * phrase, a word in one language with facets, a word in one area, a country with facets and no text, an official's
 * name, a figure range with its unit, and a word with a commitment kind.
 */
final class QueryMix {
  static final int KINDS = 9;
  private static final int LIMIT = 10;
  private static final List<String> COMMITMENT_KINDS = List.of("obligation", "intent", "proposal", "agreement",
      "decision");

  private QueryMix() {}

  static List<SearchRequest> of(List<IndexedDocument> docs, int count, long seed) {
    Random random = new Random(seed);
    List<IndexedDocument.Official> officials = docs.stream().flatMap(d -> d.officials().stream()).distinct().toList();
    List<IndexedDocument.Figure> figures = docs.stream().flatMap(d -> d.figures().stream())
        .filter(f -> f.magnitude() != null && f.unit() != null).toList();
    List<String> areas = docs.stream().flatMap(d -> d.areas().stream()).distinct().sorted().toList();
    List<SearchRequest> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      IndexedDocument d = docs.get(random.nextInt(docs.size()));
      List<String> words = QueryWords.words(d.text());
      String word = words.get(random.nextInt(words.size()));
      int at = random.nextInt(Math.max(1, words.size() - 1));
      String next = words.size() > 1 ? words.get(at + 1) : word;
      SearchRequest request = switch (i % KINDS) {
        case 0 -> text(word, null, null, null, null, false);
        case 1 -> text(word + " " + next, null, null, null, null, false);
        case 2 -> text("\"" + words.get(at) + " " + next + "\"", null, null, null, null, false);
        case 3 -> text(word, d.lang(), null, null, null, true);
        case 4 -> text(word, null, areas.isEmpty() ? null : areas.get(random.nextInt(areas.size())), null, null,
            false);
        case 5 -> officials.isEmpty() ? text(word, null, null, null, null, true)
            : text("", null, null, null, country(officials, random), true);
        case 6 -> officials.isEmpty() ? text(word, null, null, null, null, false)
            : text("", null, null, QueryWords.surname(officials.get(random.nextInt(officials.size())).name()), null,
                false);
        case 7 -> figures.isEmpty() ? text(word, null, null, null, null, false) : range(figures, random);
        default -> new SearchRequest(word, LIMIT, null, null, null, null, null, null, null,
            COMMITMENT_KINDS.get(random.nextInt(COMMITMENT_KINDS.size())), false);
      };
      out.add(request);
    }
    return out;
  }

  private static SearchRequest text(String q, String lang, String area, String official, String country,
      boolean facets) {
    return new SearchRequest(q, LIMIT, lang, area, official, country, null, null, null, null, facets);
  }

  private static SearchRequest range(List<IndexedDocument.Figure> figures, Random random) {
    IndexedDocument.Figure f = figures.get(random.nextInt(figures.size()));
    double v = f.magnitude();
    return new SearchRequest("", LIMIT, null, null, null, null, v / 2, v * 2, f.unit(), null, false);
  }

  private static String country(List<IndexedDocument.Official> officials, Random random) {
    List<String> countries = officials.stream().map(IndexedDocument.Official::country)
        .filter(c -> c != null).distinct().sorted().toList();
    return countries.isEmpty() ? null : countries.get(random.nextInt(countries.size()));
  }
}
