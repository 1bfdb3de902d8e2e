package org.diplomatic.analyzer.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML body Tika produces into line-oriented text: one line per paragraph, heading, list item or table
 * row (cells separated by a tab); an empty paragraph is a blank line. Tika reports some line breaks ({@code <br>}
 * in HTML, line ends in PDF) as ignorable white space, and pretty-prints with it too, so a newline there ends the
 * current line but never adds a blank one. Stops the parse with a {@link ReadLimitException} past a number of
 * characters or a depth of nesting.
 */
final class ParagraphTextHandler extends DefaultHandler {
  /** Each ends a line; an empty one (or a {@code <br>}) adds a line. */
  private static final Set<String> LINES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "dt", "dd",
      "pre", "br");
  /** Each ends a line unless one just ended (they nest around paragraphs). */
  private static final Set<String> BLOCKS = Set.of("div", "table", "ul", "ol", "blockquote", "section", "article");

  private final StringBuilder text = new StringBuilder();
  /** Where each open line element's text began, to tell an empty paragraph from a filled one. */
  private final Deque<Integer> lineStarts = new ArrayDeque<>();
  private final long maxChars;
  private final int maxDepth;
  private int depth;

  ParagraphTextHandler(long maxChars, int maxDepth) {
    this.maxChars = maxChars;
    this.maxDepth = maxDepth;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (text.length() + (long) length > maxChars) {
      throw new ReadLimitException("too much text (over " + maxChars + " characters once extracted)");
    }
    text.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (ch[i] == '\n') {
        endLine(false);
        return;
      }
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    if (++depth > maxDepth) {
      throw new ReadLimitException("nested too deeply (over " + maxDepth + " levels of elements)");
    }
    if (BLOCKS.contains(localName)) {
      endLine(false);
    } else if (LINES.contains(localName)) {
      lineStarts.push(text.length());
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    depth--;
    if (LINES.contains(localName)) {
      Integer lineStart = lineStarts.poll();
      endLine(lineStart != null && lineStart == text.length());
    } else if (BLOCKS.contains(localName)) {
      endLine(false);
    } else if (localName.equals("td") || localName.equals("th")) {
      text.append('\t');
    }
  }

  private void endLine(boolean always) {
    if (always || (!text.isEmpty() && text.charAt(text.length() - 1) != '\n')) {
      text.append('\n');
    }
  }

  /**
   * The text with white space trimmed from the end of every line, leading and trailing blank lines removed, and
   * runs of two or more blank lines cut to one.
   */
  String text() {
    StringBuilder out = new StringBuilder(text.length());
    int blanks = 0;
    for (String line : text.toString().split("\r\n|[\n\r\u2028\u2029]", -1)) {
      String trimmed = line.stripTrailing();
      if (trimmed.isEmpty()) {
        blanks++;
        continue;
      }
      if (!out.isEmpty()) {
        out.append(blanks > 0 ? "\n\n" : "\n");
      }
      out.append(trimmed);
      blanks = 0;
    }
    return out.toString();
  }
}
