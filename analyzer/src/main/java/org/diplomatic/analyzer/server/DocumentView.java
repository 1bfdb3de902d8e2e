package org.diplomatic.analyzer.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.diplomatic.analyzer.extract.quotes.Quote;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.ResultJson;
import org.diplomatic.analyzer.text.Span;

/**
 * The JSON of one stored document with its analysis: text, officials with their mentions, figures, commitments and
 * quotes, each with offsets (UTF-16 indices into {@code text}, as in the analysis JSON; null where not found).
 */
final class DocumentView {
  private DocumentView() {}

  static String json(IndexedDocument d, DocumentMarks.Located at) {
    return ApiJson.of(g -> {
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeStringField("source", d.source());
      g.writeStringField("lang", d.lang());
      g.writeStringField("genre", d.genre());
      g.writeStringField("date", d.date());
      g.writeStringField("text", d.text());
      ResultJson.strings(g, "areas", d.areas());
      g.writeArrayFieldStart("officials");
      for (int i = 0; i < d.officials().size(); i++) {
        IndexedDocument.Official o = d.officials().get(i);
        g.writeStartObject();
        g.writeStringField("name", o.name());
        g.writeStringField("country", o.country());
        g.writeArrayFieldStart("mentions");
        for (Span s : at.officials().get(i)) {
          g.writeStartObject();
          g.writeNumberField("start", s.start());
          g.writeNumberField("end", s.end());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("figures");
      for (int i = 0; i < d.figures().size(); i++) {
        IndexedDocument.Figure f = d.figures().get(i);
        g.writeStartObject();
        g.writeStringField("text", f.text());
        ResultJson.number(g, "value", f.value());
        ResultJson.number(g, "min", f.min());
        ResultJson.number(g, "max", f.max());
        g.writeStringField("unit", f.unit());
        g.writeStringField("period", f.period());
        span(g, at.figures().get(i));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("commitments");
      for (int i = 0; i < d.commitments().size(); i++) {
        IndexedDocument.Commitment c = d.commitments().get(i);
        g.writeStartObject();
        g.writeStringField("text", c.text());
        g.writeStringField("kind", c.kind());
        g.writeStringField("holder", c.holder());
        g.writeStringField("owner", c.owner());
        g.writeStringField("deadline", c.deadline());
        g.writeStringField("deadline_iso", c.deadlineIso());
        ResultJson.strings(g, "areas", c.areas());
        span(g, at.commitments().get(i));
        g.writeEndObject();
      }
      g.writeEndArray();
      quotes(g, at.quotes());
      g.writeEndObject();
    });
  }

  private static void quotes(JsonGenerator g, List<Quote> quotes) throws IOException {
    g.writeArrayFieldStart("quotes");
    for (Quote q : quotes) {
      g.writeStartObject();
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("text", q.text());
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    if (s == null) {
      g.writeNullField("start");
      g.writeNullField("end");
    } else {
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
    }
  }
}
