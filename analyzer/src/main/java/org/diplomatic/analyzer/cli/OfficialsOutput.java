package org.diplomatic.analyzer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.diplomatic.analyzer.registry.RegistryDocument;
import org.diplomatic.analyzer.registry.RegistryEntry;
import org.diplomatic.analyzer.registry.RoleSpan;

/** Renders registry entries as JSON ({@code total}, {@code officials}), CSV (one person per row) or a table. */
final class OfficialsOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  private OfficialsOutput() {}

  static String json(int total, List<RegistryEntry> entries) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("total", total);
      g.writeArrayFieldStart("officials");
      for (RegistryEntry e : entries) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        g.writeStringField("country", e.country());
        g.writeArrayFieldStart("spellings");
        for (String s : e.spellings()) {
          g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roles");
        for (RoleSpan r : e.roles()) {
          g.writeStartObject();
          g.writeStringField("role", r.role());
          g.writeStringField("first", r.first());
          g.writeStringField("last", r.last());
          g.writeNumberField("documents", r.documents());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("first", e.first());
        g.writeStringField("last", e.last());
        g.writeArrayFieldStart("documents");
        for (RegistryDocument d : e.documents()) {
          g.writeStartObject();
          g.writeStringField("id", d.id());
          g.writeStringField("source", d.source());
          g.writeStringField("date", d.date());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Header, then one row per person: roles and spellings joined with " | ", sources likewise. */
  static String csv(List<RegistryEntry> entries) {
    StringBuilder sb = new StringBuilder("id,name,country,documents,first,last,roles,spellings,sources\r\n");
    for (RegistryEntry e : entries) {
      sb.append(e.id()).append(',').append(SearchOutput.cell(e.name())).append(',')
          .append(e.country() == null ? "" : e.country()).append(',').append(e.documents().size()).append(',')
          .append(e.first() == null ? "" : e.first()).append(',').append(e.last() == null ? "" : e.last())
          .append(',').append(SearchOutput.cell(e.roles().stream().map(OfficialsOutput::role)
              .collect(Collectors.joining(" | "))))
          .append(',').append(SearchOutput.cell(String.join(" | ", e.spellings())))
          .append(',').append(SearchOutput.cell(e.documents().stream().map(RegistryDocument::source)
              .collect(Collectors.joining(" | "))))
          .append("\r\n");
    }
    return sb.toString();
  }

  static String table(int total, int registered, List<RegistryEntry> entries) {
    StringBuilder sb = new StringBuilder(String.format("%d of %d people%s%n", total, registered,
        entries.size() < total ? " (" + entries.size() + " shown)" : ""));
    for (RegistryEntry e : entries) {
      sb.append(String.format("%n%s  %s  [%s]  %d document(s)%s%n", e.id(), isolated(e.name()),
          e.country() == null ? "?" : e.country(), e.documents().size(),
          e.first() == null ? "" : ", " + period(e.first(), e.last())));
      if (!e.roles().isEmpty()) {
        sb.append("    roles: ").append(e.roles().stream()
            .map(r -> isolated(r.role()) + (r.first() == null ? "" : " (" + period(r.first(), r.last()) + ")"))
            .collect(Collectors.joining("; "))).append('\n');
      }
      if (e.spellings().size() > 1) {
        sb.append("    spellings: ").append(e.spellings().stream().map(OfficialsOutput::isolated)
            .collect(Collectors.joining("، "))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String role(RoleSpan r) {
    return r.role() + (r.first() == null ? "" : " (" + period(r.first(), r.last()) + ")");
  }

  private static String period(String first, String last) {
    return first.equals(last) ? first : first + " .. " + last;
  }

  /** A right-to-left run as a bidi isolate, so the dates and counts after it keep their place on a terminal. */
  private static String isolated(String s) {
    return KwicCommand.FSI + s + KwicCommand.PDI;
  }
}
