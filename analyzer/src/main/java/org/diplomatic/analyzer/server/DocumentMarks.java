package org.diplomatic.analyzer.server;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.OfficialsLexicon;
import org.diplomatic.analyzer.extract.quotes.Quote;
import org.diplomatic.analyzer.extract.quotes.QuoteExtractor;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.SentenceSplitter;
import org.diplomatic.analyzer.text.Span;

/**
 * Where a stored document's extractions lie in its text, for the document view. The index stores each figure's and
 * commitment's text and each official's fullest name but not their offsets, so they are found again in the text:
 * figures in order, commitments by their sentence, officials by their full name and, for names of two words or more,
 * their last word standing alone (وقال الساعدي). Quotes are not stored; the rule-based quote extractor finds them
 * again over the stored text with those officials as speakers (lexicons and rules only, no model). Thread-safe.
 */
final class DocumentMarks {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final QuoteExtractor quotes = new QuoteExtractor(OfficialsLexicon.load());

  /** The located spans of one document: per official its mentions, per figure and commitment one span or null. */
  record Located(List<List<Span>> officials, List<Span> figures, List<Span> commitments, List<Quote> quotes) {}

  Located locate(IndexedDocument d) {
    String text = d.text();
    List<List<Span>> officials = new ArrayList<>();
    List<Official> speakers = new ArrayList<>();
    for (IndexedDocument.Official o : d.officials()) {
      List<Span> mentions = mentions(text, o.name());
      officials.add(mentions);
      speakers.add(new Official(o.name(), null, null, o.country(), mentions));
    }
    List<Span> figures = new ArrayList<>();
    int from = 0;
    for (IndexedDocument.Figure f : d.figures()) {
      Span at = find(text, f.text(), from);
      figures.add(at);
      from = at == null ? from : at.start() + 1;
    }
    List<Span> commitments = d.commitments().stream().map(c -> find(text, c.text(), 0)).toList();
    Language lang = "fa".equals(d.lang()) ? Language.PERSIAN : Language.ARABIC;
    List<Quote> found = quotes.extract(text, splitter.split(text), lang, speakers);
    return new Located(officials, figures, commitments, found);
  }

  /** The full name wherever it stands, then its last word where it stands alone as a word. */
  static List<Span> mentions(String text, String name) {
    List<Span> spans = new ArrayList<>();
    words(text, name, spans);
    String[] parts = name.strip().split("\\s+");
    if (parts.length > 1 && parts[parts.length - 1].length() >= 3) {
      words(text, parts[parts.length - 1], spans);
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return spans;
  }

  private static void words(String text, String words, List<Span> spans) {
    for (int at = text.indexOf(words); at >= 0 && !words.isEmpty(); at = text.indexOf(words, at + 1)) {
      Span span = new Span(at, at + words.length());
      boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)) || clitic(text, at))
          && (span.end() == text.length() || !Character.isLetter(text.charAt(span.end())));
      if (whole && spans.stream().noneMatch(s -> s.overlaps(span))) {
        spans.add(span);
      }
    }
  }

  /** A one-letter conjunction or preposition joined to the name (والساعدي، للساعدي). */
  private static boolean clitic(String text, int at) {
    char before = text.charAt(at - 1);
    return (before == 'و' || before == 'ل' || before == 'ب') && (at == 1 || !Character.isLetter(text.charAt(at - 2)));
  }

  private static Span find(String text, String part, int from) {
    if (part == null || part.isEmpty()) {
      return null;
    }
    int at = text.indexOf(part, from);
    if (at < 0 && from > 0) {
      at = text.indexOf(part);
    }
    return at < 0 ? null : new Span(at, at + part.length());
  }
}
