package org.diplomatic.analyzer.cli;

import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;

/** A readable view of an analyzed document for people at a terminal. */
final class DocumentText {
  private DocumentText() {}

  /** {@code tokens}: under each sentence, its tokens separated by spaces. */
  static String write(AnalyzedDocument doc, boolean tokens) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(doc.source()).append("  [").append(doc.lang().code()).append(", ")
        .append(doc.genre()).append("]  id ").append(doc.id(), 0, 12).append('\n');
    for (int n = 0; n < doc.sentences().size(); n++) {
      Sentence s = doc.sentences().get(n);
      sb.append(String.format("%3d  %5d-%-5d  %s%n", n, s.start(), s.end(), s.text()));
      if (tokens) {
        sb.append("                  ").append(String.join(" ",
            doc.segmentation().tokens().get(n).stream().map(Token::text).toList())).append('\n');
      }
    }
    return sb.toString();
  }
}
