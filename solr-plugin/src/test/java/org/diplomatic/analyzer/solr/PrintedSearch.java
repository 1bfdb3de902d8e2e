package org.diplomatic.analyzer.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code search} printed (JSON or the table), made comparable between a local index and SolrCloud: hits of equal
 * score in one order (a local index breaks ties by document number, SolrCloud by shard), and without the people
 * facet, which counts the registry of officials that only a local index keeps. When the page holds fewer hits than
 * the total, the hits tied with its last score are left out: which of a tie make the page is the same tie-break.
 */
final class PrintedSearch {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A hit of the table: its number, then source, language, date, score. */
  private static final Pattern TABLE_HIT = Pattern.compile("^ ?\\d+\\. (.*?  score (\\S+)  .*)$", Pattern.DOTALL);
  private static final Pattern TABLE_TOTAL = Pattern.compile("^(\\d+) hit\\(s\\).*", Pattern.DOTALL);

  private PrintedSearch() {}

  static String comparable(String printed) {
    return printed.startsWith("{") ? json(printed) : table(printed);
  }

  private static String json(String printed) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(printed);
      if (tree.get("facets") instanceof ObjectNode facets) {
        facets.remove("people");
      }
      List<JsonNode> hits = new ArrayList<>();
      tree.withArray("hits").forEach(hits::add);
      hits.sort(Comparator.comparingDouble((JsonNode h) -> -h.get("score").asDouble())
          .thenComparing(h -> h.get("id").asText()));
      if (!hits.isEmpty() && tree.has("total") && hits.size() < tree.get("total").asLong()) {
        double last = hits.get(hits.size() - 1).get("score").asDouble();
        hits.removeIf(h -> h.get("score").asDouble() == last);
      }
      ArrayNode sorted = tree.putArray("hits");
      hits.forEach(sorted::add);
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String table(String printed) {
    List<String> chunks = new ArrayList<>(Arrays.asList(printed.strip().split("\n\n")));
    chunks.removeIf(c -> c.startsWith("people: "));
    List<String[]> hits = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String chunk : chunks) {
      Matcher hit = TABLE_HIT.matcher(chunk);
      if (hit.matches()) {
        hits.add(new String[] {hit.group(2), hit.group(1)});
      } else {
        rest.add(chunk);
      }
    }
    hits.sort(Comparator.comparingDouble((String[] h) -> -Double.parseDouble(h[0])).thenComparing(h -> h[1]));
    Matcher total = rest.isEmpty() ? null : TABLE_TOTAL.matcher(rest.get(0));
    if (total != null && total.matches() && !hits.isEmpty() && hits.size() < Long.parseLong(total.group(1))) {
      String last = hits.get(hits.size() - 1)[0];
      hits.removeIf(h -> h[0].equals(last));
    }
    List<String> out = new ArrayList<>(rest.subList(0, Math.min(1, rest.size())));
    hits.forEach(h -> out.add(h[1]));
    out.addAll(rest.subList(Math.min(1, rest.size()), rest.size()));
    return String.join("\n\n", out);
  }
}
