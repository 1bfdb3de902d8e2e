package org.diplomatic.analyzer.bench;

import java.nio.charset.StandardCharsets;
import org.diplomatic.analyzer.text.Language;

/** One generated document: a made-up source name, the language its sentences came from, and its text. */
public record SyntheticDocument(String source, Language lang, String text) {
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
