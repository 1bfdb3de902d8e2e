package org.diplomatic.analyzer.index.solr;

import java.util.List;
import org.diplomatic.analyzer.index.IndexedDocument;

/** A small analyzed Arabic document with one figure and one commitment. */
final class SolrFixtures {
  private SolrFixtures() {}

  static IndexedDocument fiberDeal() {
    String text = "وقّع وزير الاتصالات العراقي مذكرة تفاهم مع إيران لمد كابل ألياف ضوئية بقيمة 20 مليون دولار. "
        + "وسيتم تنفيذ المشروع خلال عام.";
    return new IndexedDocument("3f2a9c", "ar/fiber.txt", "ar", "news", text,
        List.of(new IndexedDocument.Official("هيام الياسري", "IQ")), List.of("telecom"),
        List.of(new IndexedDocument.Figure("20 مليون دولار", 2.0e7, null, null, "USD", null)),
        List.of(new IndexedDocument.Commitment("وسيتم تنفيذ المشروع خلال عام.", "intent", null, null, null, null,
            List.of("telecom"))),
        List.of(), "2026-03-14");
  }
}
