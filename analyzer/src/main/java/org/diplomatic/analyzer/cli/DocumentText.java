package org.diplomatic.analyzer.cli;

import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.text.Sentence;

/** A readable view of an analyzed document for people at a terminal. */
final class DocumentText {
  private DocumentText() {}

  static String write(AnalyzedDocument doc) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(doc.source()).append("  [").append(doc.lang().code()).append(", ")
        .append(doc.genre()).append("]  id ").append(doc.id(), 0, 12).append('\n');
    int n = 0;
    for (Sentence s : doc.sentences()) {
      sb.append(String.format("%3d  %5d-%-5d  %s%n", n++, s.start(), s.end(), s.text()));
    }
    return sb.toString();
  }
}
