package org.diplomatic.analyzer.index.solr;

import org.apache.solr.common.SolrInputDocument;
import org.diplomatic.analyzer.index.DocumentDates;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.RemoteHits;

/**
 * Maps an {@link IndexedDocument} to a Solr document with one nested child per figure and per commitment, the
 * fields of the local index's block. The parent's id is the document id, so sending it again replaces the block.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  static SolrInputDocument of(IndexedDocument d) {
    SolrInputDocument doc = keyed(d.id(), d, SolrFields.TYPE_DOC);
    String genre = d.genre() == null ? "news" : d.genre();
    doc.setField(SolrFields.LANG, d.lang());
    doc.setField(SolrFields.GENRE, genre);
    doc.setField(SolrFields.BODY, d.text());
    doc.setField(SolrFields.EXACT, d.text());
    d.areas().forEach(a -> doc.addField(SolrFields.AREA, a));
    for (IndexedDocument.Official o : d.officials()) {
      doc.addField(SolrFields.OFFICIAL, o.name());
      doc.addField(SolrFields.OFFICIAL_FOLDED, o.name());
      if (o.country() != null) {
        doc.addField(SolrFields.COUNTRY, o.country());
      }
    }
    if (d.date() != null) {
      doc.setField(SolrFields.DATE, DocumentDates.bound("date", d.date(), false).toEpochDay());
      doc.setField(SolrFields.DATE_VALUE, d.date());
      // The year facet is the document's own year, as in the local index.
      doc.setField(SolrFields.YEAR, d.date().substring(0, 4));
    }
    doc.setField(SolrFields.PAYLOAD, RemoteHits.payload(d));
    for (int i = 0; i < d.figures().size(); i++) {
      IndexedDocument.Figure f = d.figures().get(i);
      SolrInputDocument child = keyed(d.id() + "/figure/" + i, d, SolrFields.TYPE_FIGURE);
      if (f.magnitude() != null) {
        child.setField(SolrFields.FIGURE_VALUE, f.magnitude());
      }
      child.setField(SolrFields.FIGURE_UNIT, f.unit() == null ? "none" : f.unit());
      doc.addChildDocument(child);
    }
    for (int i = 0; i < d.commitments().size(); i++) {
      IndexedDocument.Commitment c = d.commitments().get(i);
      SolrInputDocument child = keyed(d.id() + "/commitment/" + i, d, SolrFields.TYPE_COMMITMENT);
      child.setField(SolrFields.COMMITMENT_KIND, c.kind());
      child.setField(SolrFields.COMMITMENT_TEXT, c.text());
      c.areas().forEach(a -> child.addField(SolrFields.COMMITMENT_AREA, a));
      if (c.holder() != null) {
        child.setField(SolrFields.COMMITMENT_HOLDER, c.holder());
      }
      doc.addChildDocument(child);
    }
    return doc;
  }

  private static SolrInputDocument keyed(String id, IndexedDocument d, String type) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(SolrFields.ID, id);
    doc.setField(SolrFields.TYPE, type);
    doc.setField(SolrFields.SOURCE, d.source());
    return doc;
  }
}
