package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class ParagraphTextHandlerTest {
  @Test
  void stopsAtTheNestingLimit() throws Exception {
    ParagraphTextHandler handler = new ParagraphTextHandler(1000, 3);
    for (int i = 0; i < 3; i++) {
      handler.startElement("", "div", "div", new AttributesImpl());
    }
    assertEquals("nested too deeply (over 3 levels of elements)", assertThrows(ReadLimitException.class,
        () -> handler.startElement("", "div", "div", new AttributesImpl())).getMessage());
  }

  @Test
  void closedElementsDoNotCountTowardTheNestingLimit() throws Exception {
    ParagraphTextHandler handler = new ParagraphTextHandler(1000, 2);
    for (int i = 0; i < 10; i++) {
      handler.startElement("", "p", "p", new AttributesImpl());
      handler.characters("تقرر".toCharArray(), 0, 4);
      handler.endElement("", "p", "p");
    }
    assertEquals("تقرر\n".repeat(10).strip(), handler.text());
  }

  @Test
  void stopsAtTheCharacterLimit() throws Exception {
    ParagraphTextHandler handler = new ParagraphTextHandler(6, 10);
    handler.characters("قال ".toCharArray(), 0, 4);
    assertEquals("too much text (over 6 characters once extracted)", assertThrows(ReadLimitException.class,
        () -> handler.characters("الوزير".toCharArray(), 0, 6)).getMessage());
  }
}
