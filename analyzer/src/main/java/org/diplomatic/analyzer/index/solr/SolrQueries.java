package org.diplomatic.analyzer.index.solr;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.diplomatic.analyzer.index.SearchRequest;

/**
 * A {@link SearchRequest} as Solr parameters, the local search's query clause for clause: the free text through
 * the plugin's {@code {!doctext}} parser, filters as {@code fq} (one per filter, its values OR-ed), figure and
 * commitment filters as block joins on the nested children, facets on the parents' docValues.
 */
final class SolrQueries {
  private SolrQueries() {}

  static SolrQuery of(SearchRequest r) {
    SolrQuery q = new SolrQuery();
    if (r.query() == null || r.query().isBlank()) {
      q.setQuery("*:*");
    } else {
      q.setQuery("{!doctext v=$text}");
      q.set("text", r.query());
    }
    q.addFilterQuery(SolrFields.TYPE + ":" + SolrFields.TYPE_DOC);
    terms(q, SolrFields.LANG, r.langs());
    terms(q, SolrFields.GENRE, r.genres());
    terms(q, SolrFields.AREA, r.areas());
    terms(q, SolrFields.COUNTRY, r.countries());
    if (r.from() != null || r.to() != null) {
      q.addFilterQuery(SolrFields.DATE + ":[" + (r.from() == null ? "*" : r.from().toEpochDay()) + " TO "
          + (r.to() == null ? "*" : r.to().toEpochDay()) + "]");
    }
    if (!r.officials().isEmpty()) {
      q.addFilterQuery(SolrFields.OFFICIAL_FOLDED + ":("
          + r.officials().stream().map(SolrQueries::phrase).collect(Collectors.joining(" OR ")) + ")");
    }
    if (r.filtersFigures()) {
      StringBuilder child = new StringBuilder("+" + SolrFields.TYPE + ":" + SolrFields.TYPE_FIGURE);
      if (r.minValue() != null || r.maxValue() != null) {
        child.append(" +").append(SolrFields.FIGURE_VALUE).append(":[")
            .append(r.minValue() == null ? "*" : r.minValue().toString()).append(" TO ")
            .append(r.maxValue() == null ? "*" : r.maxValue().toString()).append(']');
      }
      if (!r.units().isEmpty()) {
        child.append(" +").append(SolrFields.FIGURE_UNIT).append(":(").append(phrases(r.units())).append(')');
      }
      q.addFilterQuery("{!parent which=" + SolrFields.TYPE + ":" + SolrFields.TYPE_DOC + " v=$figure}");
      q.set("figure", child.toString());
    }
    if (!r.commitmentKinds().isEmpty()) {
      q.addFilterQuery("{!parent which=" + SolrFields.TYPE + ":" + SolrFields.TYPE_DOC + " v=$commitment}");
      q.set("commitment", "+" + SolrFields.TYPE + ":" + SolrFields.TYPE_COMMITMENT + " +"
          + SolrFields.COMMITMENT_KIND + ":(" + phrases(r.commitmentKinds()) + ")");
    }
    q.setRows(r.limit());
    q.setFields(SolrFields.ID, SolrFields.PAYLOAD, "score");
    if (r.sortByDate()) {
      q.addSort(SolrFields.DATE, SolrQuery.ORDER.desc);
      q.addSort("score", SolrQuery.ORDER.desc);
    }
    if (r.facets()) {
      // Every value from every shard: a shard's own top values miss one that ties there but leads overall (2 = 1 + 1
      // among many 1s), so counts would differ from the local index's. SolrSearch keeps the top facetSize.
      q.setFacet(true);
      q.setFacetLimit(-1);
      q.setFacetMinCount(1);
      q.setFacetSort("count");
      for (String[] facet : SolrFields.FACETS) {
        q.addFacetField("{!key=" + facet[0] + "}" + facet[1]);
      }
    }
    return q;
  }

  private static void terms(SolrQuery q, String field, List<String> values) {
    if (!values.isEmpty()) {
      q.addFilterQuery(field + ":(" + phrases(values) + ")");
    }
  }

  private static String phrases(List<String> values) {
    return values.stream().map(SolrQueries::phrase).collect(Collectors.joining(" OR "));
  }

  private static String phrase(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
