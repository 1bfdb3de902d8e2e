package org.diplomatic.analyzer.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.diplomatic.analyzer.classify.Area;
import org.diplomatic.analyzer.extract.commitments.Commitment;
import org.diplomatic.analyzer.extract.figures.Figure;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.quotes.Quote;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;

/**
 * A readable report of an analyzed document for people at a terminal: what was found (areas, officials with roles
 * and countries, figures, commitments with holders and deadlines, quotes), then the numbered sentences that
 * "sentence n" refers to. Each finding's line starts with a Latin label so that a bidi terminal lays it out left to
 * right with the Arabic or Persian runs inside. Not for parsing: scripts read the JSON.
 */
final class DocumentText {
  private static final String NONE = "-";

  private DocumentText() {}

  /** {@code tokens}: under each sentence, its tokens separated by spaces. */
  static String write(AnalyzedDocument doc, boolean tokens) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(doc.source()).append("  [").append(doc.lang().code()).append(", ")
        .append(doc.genre()).append("]  id ").append(doc.id(), 0, 12).append('\n');
    sb.append("areas: ").append(doc.areas().isEmpty() ? NONE : String.join(", ",
        doc.areas().stream().map(DocumentText::area).toList())).append('\n');
    heading(sb, "officials", doc.officials());
    for (Official o : doc.officials()) {
      sb.append("  name: ").append(o.name()).append(" | role: ").append(orNone(o.role()));
      if (o.organization() != null) {
        sb.append(" | organization: ").append(o.organization());
      }
      sb.append(" | country: ").append(orNone(o.country())).append('\n');
    }
    heading(sb, "figures", doc.figures());
    for (Figure f : doc.figures()) {
      sb.append(String.format("  sentence %d: %s | text: %s%n", f.sentence(), amount(f), f.text()));
    }
    heading(sb, "commitments", doc.commitments());
    for (Commitment c : doc.commitments()) {
      sb.append(String.format("  sentence %d: %s | holder: %s", c.sentence(), c.kind(), orNone(c.holder())));
      if (c.owner() != null) {
        sb.append(" | owner: ").append(c.owner());
      }
      sb.append(" | deadline: ").append(orNone(c.deadline()));
      if (c.deadlineIso() != null) {
        sb.append(" (").append(c.deadlineIso()).append(')');
      }
      if (!c.areas().isEmpty()) {
        sb.append(" | areas: ").append(String.join(", ", c.areas()));
      }
      sb.append("\n    text: ").append(oneLine(c.text())).append('\n');
    }
    heading(sb, "quotes", doc.quotes());
    for (Quote q : doc.quotes()) {
      sb.append("  speaker: ").append(orNone(q.speaker())).append(" | text: ").append(oneLine(q.text())).append('\n');
    }
    heading(sb, "sentences", doc.sentences());
    for (int n = 0; n < doc.sentences().size(); n++) {
      Sentence s = doc.sentences().get(n);
      sb.append(String.format("%3d  %5d-%-5d  %s%n", n, s.start(), s.end(), oneLine(s.text())));
      if (tokens) {
        sb.append("                  ").append(String.join(" ",
            doc.segmentation().tokens().get(n).stream().map(Token::text).toList())).append('\n');
      }
    }
    return sb.toString();
  }

  private static void heading(StringBuilder sb, String name, List<?> items) {
    sb.append(name).append(" (").append(items.size()).append(")\n");
  }

  private static String area(Area a) {
    return String.format(Locale.ROOT, "%s %.2f", a.label(), a.score());
  }

  /** "850000000 USD per month", "3000000 to 3500000 person", "6" for a bare count. */
  private static String amount(Figure f) {
    String number = f.value() != null ? plain(f.value())
        : f.min() != null ? plain(f.min()) + " to " + plain(f.max()) : "?";
    return number + (f.unit() == null ? "" : " " + f.unit()) + (f.period() == null ? "" : " per " + f.period());
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String orNone(String s) {
    return s == null ? NONE : s;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
