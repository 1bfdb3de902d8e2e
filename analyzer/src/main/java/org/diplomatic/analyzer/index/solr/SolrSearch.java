package org.diplomatic.analyzer.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.RemoteHits;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.SearchResult;

/**
 * Runs a {@link SearchRequest} on a SolrCloud collection and answers as the local index does: the same total,
 * hits (snippets highlighted here from the stored document), figures and facets. Ranks by terms only, whatever the
 * request's mode. A read that fails for a passing reason is retried; partial results (a shard without a live
 * replica) are an error, never a short answer.
 */
public final class SolrSearch implements Closeable {
  /** Why a search by meaning is refused on SolrCloud. */
  public static final String TERMS_ONLY = "SolrCloud searches by terms only (the configset holds no document vectors)";

  private final SolrClient client;
  private final String collection;
  private final LeaderChangeRetry retry;

  SolrSearch(SolrClient client, String collection, Duration retryFor) {
    this.client = client;
    this.collection = collection;
    this.retry = new LeaderChangeRetry(retryFor);
  }

  /** Connects to the collection's cluster through its ZooKeeper ensemble. */
  public static SolrSearch open(SolrTarget target) {
    return new SolrSearch(SolrIndexer.client(target), target.collection(), Duration.ofSeconds(30));
  }

  /** Reads made again after a passing failure. */
  public long retries() {
    return retry.retries();
  }

  public SearchResult search(SearchRequest request) {
    String text = request.query() == null ? "" : request.query();
    RemoteHits hits = new RemoteHits(text);
    QueryResponse response = retry.run("search of " + collection,
        () -> client.query(collection, SolrQueries.of(request), SolrRequest.METHOD.POST));
    if (Boolean.TRUE.equals(response.getHeader().get("partialResults"))) {
      throw new SolrWriteException("SolrCloud: partial results from " + collection + " (a shard is unavailable)",
          null);
    }
    List<SearchResult.Hit> out = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      IndexedDocument d = RemoteHits.document((byte[]) doc.getFieldValue(SolrFields.PAYLOAD));
      out.add(hits.hit(d, ((Number) doc.getFieldValue("score")).doubleValue(), request));
    }
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    if (request.facets()) {
      for (String[] facet : SolrFields.FACETS) {
        Map<String, Integer> values = new LinkedHashMap<>();
        FacetField field = response.getFacetField(facet[0]);
        if (field != null && field.getValues() != null) {
          // The local index's order: count, then label; the first facetSize.
          field.getValues().stream()
              .sorted(Comparator.comparingLong(FacetField.Count::getCount).reversed()
                  .thenComparing(FacetField.Count::getName))
              .limit(Math.max(1, request.facetSize()))
              .forEach(c -> values.put(c.getName(), (int) c.getCount()));
        }
        facets.put(facet[0], values);
      }
    }
    return new SearchResult(text, response.getResults().getNumFound(), out, facets, null);
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // nothing was pending on the connection
    }
  }
}
