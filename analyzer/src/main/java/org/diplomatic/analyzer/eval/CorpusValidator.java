package org.diplomatic.analyzer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.eval.GoldDocument.GoldCommitment;
import org.diplomatic.analyzer.eval.GoldDocument.GoldFigure;
import org.diplomatic.analyzer.eval.GoldDocument.GoldOfficial;
import org.diplomatic.analyzer.eval.GoldDocument.GoldQuote;
import org.diplomatic.analyzer.eval.GoldDocument.GoldSentence;
import org.diplomatic.analyzer.eval.GoldDocument.GoldSpan;

/**
 * Checks every gold file of the corpus against its text and the contract (offsets point at the span texts, labels,
 * units, kinds and values are the contract's) and counts documents per language, genre, split and area.
 */
public final class CorpusValidator {

  /** What the validator found: problems (one line each, naming the document) and the counts. */
  public record Report(List<String> problems, Map<String, Integer> counts) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public Report validate(GoldCorpus corpus) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (String id : corpus.ids()) {
      GoldDocument doc;
      try {
        doc = corpus.read(id);
      } catch (RuntimeException e) {
        problems.add(id + ": " + e.getMessage());
        continue;
      }
      int before = problems.size();
      check(doc, problems, !corpus.byReference());
      if (problems.size() == before) {
        count(counts, doc.lang() + " documents");
        count(counts, doc.lang() + " " + doc.genre());
        count(counts, doc.lang() + " split " + corpus.splitOf(id).name().toLowerCase());
        doc.areas().forEach(a -> count(counts, doc.lang() + " area " + a));
        count(counts, doc.lang() + " sentences", doc.sentences().size());
        count(counts, doc.lang() + " officials", doc.officials().size());
        count(counts, doc.lang() + " figures", doc.figures().size());
        count(counts, doc.lang() + " commitments", doc.commitments().size());
        count(counts, doc.lang() + " quotes", doc.quotes().size());
        count(counts, doc.lang() + " dated", doc.date() == null ? 0 : 1);
      }
    }
    return new Report(problems, counts);
  }

  void check(GoldDocument doc, List<String> problems) {
    check(doc, problems, true);
  }

  /** Published articles may be about none of the areas; written documents always have one. */
  void check(GoldDocument doc, List<String> problems, boolean requireAreas) {
    String id = doc.id();
    String text = doc.text();
    if (!id.startsWith(doc.lang() + "-")) {
      problems.add(id + ": lang '" + doc.lang() + "' does not match the id");
    }
    if (!Vocabulary.GENRES.contains(doc.genre())) {
      problems.add(id + ": unknown genre '" + doc.genre() + "'");
    }
    if (requireAreas && doc.areas().isEmpty()) {
      problems.add(id + ": no document areas");
    }
    areas(id, "document", doc.areas(), problems);
    date(id, doc.date(), problems);
    int previousEnd = 0;
    for (GoldSentence s : doc.sentences()) {
      span(id, "sentence", text, s.text(), s.start(), s.end(), problems);
      if (s.start() < previousEnd) {
        problems.add(id + ": sentence at " + s.start() + " overlaps the previous one");
      }
      previousEnd = s.end();
      areas(id, "sentence", s.areas(), problems);
    }
    for (GoldOfficial o : doc.officials()) {
      for (GoldSpan m : o.mentions()) {
        span(id, "mention of " + o.name(), text, m.text(), m.start(), m.end(), problems);
      }
      if (o.country() != null && !o.country().matches("[A-Z]{2}")) {
        problems.add(id + ": official " + o.name() + " has country '" + o.country() + "'");
      }
    }
    for (GoldSpan p : doc.otherPersons()) {
      span(id, "person", text, p.text(), p.start(), p.end(), problems);
    }
    for (GoldFigure f : doc.figures()) {
      figure(id, text, f, problems);
    }
    for (GoldCommitment c : doc.commitments()) {
      span(id, "commitment", text, c.text(), c.start(), c.end(), problems);
      if (!Vocabulary.COMMITMENT_KINDS.contains(c.kind())) {
        problems.add(id + ": commitment kind '" + c.kind() + "'");
      }
      areas(id, "commitment", c.areas(), problems);
    }
    for (GoldQuote q : doc.quotes()) {
      span(id, "quote", text, q.text(), q.start(), q.end(), problems);
    }
  }

  private static void figure(String id, String text, GoldFigure f, List<String> problems) {
    span(id, "figure", text, f.text(), f.start(), f.end(), problems);
    boolean single = f.value() != null && f.min() == null && f.max() == null;
    boolean range = f.value() == null && f.min() != null && f.max() != null;
    if (!single && !range) {
      problems.add(id + ": figure '" + f.text() + "' needs a value or a min and max");
    }
    if (f.unit() != null && !Vocabulary.isUnit(f.unit())) {
      problems.add(id + ": figure '" + f.text() + "' has unit '" + f.unit() + "'");
    }
    if (f.period() != null && !Vocabulary.PERIODS.contains(f.period())) {
      problems.add(id + ": figure '" + f.text() + "' has period '" + f.period() + "'");
    }
    if (f.qualifier() != null && !Vocabulary.QUALIFIERS.contains(f.qualifier())) {
      problems.add(id + ": figure '" + f.text() + "' has qualifier '" + f.qualifier() + "'");
    }
  }

  /** A gold date is ISO: yyyy-mm-dd, or yyyy-mm or yyyy when only that is written. */
  private static void date(String id, String date, List<String> problems) {
    if (date == null) {
      return;
    }
    try {
      switch (date.length()) {
        case 4 -> java.time.Year.parse(date);
        case 7 -> java.time.YearMonth.parse(date);
        default -> java.time.LocalDate.parse(date);
      }
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(id + ": date '" + date + "' is not yyyy-mm-dd, yyyy-mm or yyyy");
    }
  }

  private static void span(
      String id, String what, String text, String expected, int start, int end, List<String> problems) {
    if (start < 0 || end > text.length() || start > end) {
      problems.add(id + ": " + what + " offsets " + start + "-" + end + " outside the text");
    } else if (!text.substring(start, end).equals(expected)) {
      problems.add(id + ": " + what + " at " + start + "-" + end + " is '" + text.substring(start, end)
          + "', not '" + expected + "'");
    }
  }

  private static void areas(String id, String what, List<String> labels, List<String> problems) {
    for (String a : labels) {
      if (!Vocabulary.isArea(a)) {
        problems.add(id + ": " + what + " area '" + a + "' is not in the taxonomy");
      }
    }
  }

  private static void count(Map<String, Integer> counts, String key) {
    count(counts, key, 1);
  }

  private static void count(Map<String, Integer> counts, String key, int n) {
    counts.merge(key, n, Integer::sum);
  }
}
