package org.diplomatic.analyzer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.diplomatic.analyzer.index.ResultJson;
import org.diplomatic.analyzer.classify.Area;
import org.diplomatic.analyzer.extract.commitments.Commitment;
import org.diplomatic.analyzer.extract.commitments.MinutesStructure;
import org.diplomatic.analyzer.extract.figures.Figure;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.PersonMention;
import org.diplomatic.analyzer.extract.quotes.Quote;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/** Writes an {@link AnalyzedDocument} as the contract's JSON object, fields in the contract's order. */
public final class DocumentJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DocumentJson() {}

  /**
   * One document as JSON text, on one line or pretty-printed; {@code tokens}: each sentence also lists its tokens (an
   * optional field).
   */
  public static String write(AnalyzedDocument doc, boolean pretty, boolean tokens) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      write(doc, g, tokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void write(AnalyzedDocument doc, JsonGenerator g, boolean tokens) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", doc.id());
    g.writeStringField("source", doc.source());
    g.writeStringField("lang", doc.lang().code());
    g.writeStringField("genre", doc.genre());
    if (doc.date() != null) {
      g.writeObjectFieldStart("date");
      g.writeStringField("value", doc.date().value());
      g.writeStringField("source", doc.date().source().label());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("sentences");
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      g.writeStartObject();
      g.writeStringField("text", s.text());
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      if (tokens) {
        tokens(g, doc.segmentation().tokens().get(i));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("officials");
    for (Official o : doc.officials()) {
      g.writeStartObject();
      g.writeStringField("name", o.name());
      g.writeStringField("role", o.role());
      g.writeStringField("organization", o.organization());
      g.writeStringField("country", o.country());
      g.writeArrayFieldStart("mentions");
      for (Span m : o.mentions()) {
        g.writeStartObject();
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("figures");
    for (Figure f : doc.figures()) {
      g.writeStartObject();
      amount(g, f);
      g.writeNumberField("sentence", f.sentence());
      g.writeNumberField("start", f.start());
      g.writeNumberField("end", f.end());
      if (f.qualifier() != null) {
        g.writeStringField("qualifier", f.qualifier());
      }
      if (f.quantity() != null) {
        g.writeStringField("quantity", f.quantity());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("commitments");
    for (Commitment c : doc.commitments()) {
      g.writeStartObject();
      g.writeStringField("text", c.text());
      g.writeNumberField("sentence", c.sentence());
      g.writeNumberField("start", c.start());
      g.writeNumberField("end", c.end());
      g.writeStringField("kind", c.kind());
      g.writeStringField("holder", c.holder());
      if (c.reporter() != null) {
        g.writeStringField("reporter", c.reporter());
      }
      g.writeStringField("owner", c.owner());
      g.writeStringField("deadline", c.deadline());
      if (c.deadlineIso() != null) {
        g.writeStringField("deadline_iso", c.deadlineIso());
      }
      g.writeArrayFieldStart("areas");
      for (String a : c.areas()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("figures");
      for (int i : c.figures()) {
        Figure f = doc.figures().get(i);
        g.writeStartObject();
        amount(g, f);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : doc.quotes()) {
      g.writeStartObject();
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("text", q.text());
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("persons");
    for (PersonMention p : doc.persons()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeNumberField("start", p.start());
      g.writeNumberField("end", p.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("areas");
    for (Area a : doc.areas()) {
      g.writeStartObject();
      g.writeStringField("label", a.label());
      g.writeNumberField("score", a.score());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (doc.minutes() != null) {
      MinutesStructure m = doc.minutes();
      g.writeObjectFieldStart("minutes");
      g.writeStringField("heading", m.heading());
      g.writeStringField("date", m.date());
      g.writeStringField("date_iso", m.dateIso());
      ResultJson.strings(g, "attendees", m.attendees());
      ResultJson.strings(g, "agenda", m.agenda());
      ResultJson.strings(g, "decisions", m.decisions());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A figure's text, value or range, unit and period. */
  private static void amount(JsonGenerator g, Figure f) throws IOException {
    g.writeStringField("text", f.text());
    ResultJson.number(g, "value", f.value());
    ResultJson.number(g, "min", f.min());
    ResultJson.number(g, "max", f.max());
    g.writeStringField("unit", f.unit());
    g.writeStringField("period", f.period());
  }

  /** Surface text, matching form (clitic-free, normalized) and offsets of each token. */
  private static void tokens(JsonGenerator g, List<Token> tokens) throws IOException {
    g.writeArrayFieldStart("tokens");
    for (Token t : tokens) {
      g.writeStartObject();
      g.writeStringField("text", t.text());
      g.writeStringField("form", t.form());
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
