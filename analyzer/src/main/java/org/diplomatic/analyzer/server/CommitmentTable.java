package org.diplomatic.analyzer.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.ResultJson;

/**
 * Every commitment of the index, one row each in source order as {@code commitments --index} lists them, with the
 * document's id and date so that the page can open the document and count by year; filtered by kind, area and words.
 */
final class CommitmentTable {
  /** One commitment and the document it comes from. */
  record Row(String id, String source, String date, IndexedDocument.Commitment commitment) {}

  private final List<Row> rows;

  CommitmentTable(List<IndexedDocument> documents) {
    List<Row> all = new ArrayList<>();
    for (IndexedDocument d : documents) {
      for (IndexedDocument.Commitment c : d.commitments()) {
        all.add(new Row(d.id(), d.source(), d.date(), c));
      }
    }
    this.rows = List.copyOf(all);
  }

  /** The rows of this kind and area (null: any) whose text, holder or owner contains {@code words} (null: any). */
  List<Row> select(String kind, String area, String words) {
    String needle = words == null ? null : words.toLowerCase(Locale.ROOT);
    return rows.stream()
        .filter(r -> kind == null || kind.equals(r.commitment().kind()))
        .filter(r -> area == null || r.commitment().areas().contains(area))
        .filter(r -> needle == null || contains(r.commitment().text(), needle)
            || contains(r.commitment().holder(), needle) || contains(r.commitment().owner(), needle))
        .toList();
  }

  private static boolean contains(String field, String needle) {
    return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
  }

  static String json(List<Row> selected, int offset, int limit) {
    return ApiJson.of(g -> {
      g.writeStartObject();
      g.writeNumberField("total", selected.size());
      g.writeNumberField("offset", offset);
      g.writeNumberField("limit", limit);
      g.writeArrayFieldStart("commitments");
      for (Row r : selected.subList(Math.min(offset, selected.size()), Math.min(offset + limit, selected.size()))) {
        IndexedDocument.Commitment c = r.commitment();
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("source", r.source());
        g.writeStringField("date", r.date());
        g.writeStringField("kind", c.kind());
        g.writeStringField("holder", c.holder());
        g.writeStringField("owner", c.owner());
        g.writeStringField("deadline", c.deadline());
        g.writeStringField("deadline_iso", c.deadlineIso());
        ResultJson.strings(g, "areas", c.areas());
        g.writeStringField("text", c.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
