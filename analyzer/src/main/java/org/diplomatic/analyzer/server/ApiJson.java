package org.diplomatic.analyzer.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes the API's JSON. {@code <}, {@code >}, {@code &} and {@code '} are always escaped as {@code \}{@code uXXXX},
 * so that no response carries markup even if a client wrongly puts it into HTML; Arabic and Persian stay as they are.
 */
final class ApiJson {
  private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new HtmlSafe());

  /** What one response writes into a generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private ApiJson() {}

  static String of(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String error(String message) {
    return of(g -> {
      g.writeStartObject();
      g.writeStringField("error", message);
      g.writeEndObject();
    });
  }

  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafe() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
