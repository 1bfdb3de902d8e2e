package org.diplomatic.analyzer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.diplomatic.analyzer.index.Occurrence;
import org.diplomatic.analyzer.index.ResultJson;

/**
 * Renders concordance lines: for a terminal, as aligned lines that read right to left in a bidi terminal; as JSON
 * ({@code {"phrase", "occurrences": [{source, start, end, before, match, after}]}}) or as CSV with those columns,
 * the contexts in logical order and cut to {@code width} columns.
 */
final class KwicOutput {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String NBSP = "\u00A0";

  private KwicOutput() {}

  static String table(List<Occurrence> found, int width) {
    int sourceWidth = found.stream().mapToInt(o -> Occurrence.columns(o.source())).max().orElse(0);
    int matchWidth = found.stream().mapToInt(o -> Occurrence.columns(o.match())).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (Occurrence o : found) {
      sb.append(line(o, sourceWidth, matchWidth, width)).append(System.lineSeparator());
    }
    return sb.toString();
  }

  /**
   * One right-to-left line: source, left context, [match], right context in reading order, so that a terminal
   * applying the Unicode bidi algorithm puts the match between the words next to it (with left-to-right columns
   * it sat between the far ends of its contexts). The whole line is one right-to-left isolate and every line has the
   * same columns: the right context is padded at its far end, for a shorter match too, with no-break spaces, since
   * the bidi algorithm moves plain spaces at the end of a line to the paragraph's side. So the matches line up
   * whichever side the terminal aligns the line to, and in a terminal without bidi too; each column is an isolate
   * of its own so that digits and punctuation stay in their column.
   */
  static String line(Occurrence o, int sourceWidth, int matchWidth, int width) {
    String before = o.before(width);
    String after = o.after(width);
    return KwicCommand.RLI + (KwicCommand.FSI + o.source() + KwicCommand.PDI)
        + " ".repeat(sourceWidth - Occurrence.columns(o.source()) + 2)
        + " ".repeat(width - Occurrence.columns(before)) + KwicCommand.RLI + before + KwicCommand.PDI
        + " [" + KwicCommand.RLI + o.match() + KwicCommand.PDI + "] "
        + KwicCommand.RLI + after + KwicCommand.PDI
        + NBSP.repeat(width - Occurrence.columns(after) + matchWidth - Occurrence.columns(o.match()))
        + KwicCommand.PDI;
  }

  static String json(String phrase, List<Occurrence> found, int width) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      ResultJson.concordance(g, phrase, found, width);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + System.lineSeparator();
  }

  static String csv(List<Occurrence> found, int width) {
    StringBuilder sb = new StringBuilder("source,start,end,before,match,after\r\n");
    for (Occurrence o : found) {
      sb.append(String.join(",", SearchOutput.cell(o.source()), Integer.toString(o.start()),
          Integer.toString(o.end()), SearchOutput.cell(o.before(width)), SearchOutput.cell(o.match()),
          SearchOutput.cell(o.after(width)))).append("\r\n");
    }
    return sb.toString();
  }
}
