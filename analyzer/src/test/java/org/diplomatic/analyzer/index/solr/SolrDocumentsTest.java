package org.diplomatic.analyzer.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.RemoteHits;
import org.junit.jupiter.api.Test;

class SolrDocumentsTest {
  private final IndexedDocument fiber = SolrFixtures.fiberDeal();
  private final SolrInputDocument doc = SolrDocuments.of(fiber);

  @Test
  void theParentIsKeyedByTheDocumentIdAndCarriesTheFacetFields() {
    assertEquals("3f2a9c", doc.getFieldValue("id"));
    assertEquals("doc", doc.getFieldValue("type"));
    assertEquals(List.of("telecom"), List.copyOf(doc.getFieldValues("area")));
    assertEquals(List.of("هيام الياسري"), List.copyOf(doc.getFieldValues("official")));
    assertEquals(List.of("IQ"), List.copyOf(doc.getFieldValues("country")));
    assertEquals("2026", doc.getFieldValue("year"));
    assertEquals(20526L, doc.getFieldValue("date"));
  }

  @Test
  void eachFigureAndCommitmentIsANestedChildOfItsOwnId() {
    List<SolrInputDocument> children = doc.getChildDocuments();
    assertEquals(List.of("3f2a9c/figure/0", "3f2a9c/commitment/0"),
        children.stream().map(c -> c.getFieldValue("id")).toList());
    assertEquals(2.0e7, children.get(0).getFieldValue("figure_value"));
    assertEquals("USD", children.get(0).getFieldValue("figure_unit"));
    assertEquals("intent", children.get(1).getFieldValue("commitment_kind"));
    assertEquals("ar/fiber.txt", children.get(1).getFieldValue("source"));
  }

  @Test
  void storesTheWholeAnalysisAsTheLocalIndexDoes() {
    assertEquals(fiber, RemoteHits.document((byte[]) doc.getFieldValue("payload")));
  }
}
