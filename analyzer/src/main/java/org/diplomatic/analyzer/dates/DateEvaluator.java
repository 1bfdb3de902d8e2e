package org.diplomatic.analyzer.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the document date against gold per language: accuracy (exact value) over the documents whose gold date is
 * not null, and how many documents with a null gold date got one anyway: from the text (a false dateline) or from
 * the metadata.
 */
public final class DateEvaluator {
  /** One evaluated document: its gold date (null when the text writes none) and its metadata date (or null). */
  public record Sample(String id, String lang, String text, String gold, String metadata) {}

  /** The scores of one language; {@code errors} lists "id gold->found" for the dated documents missed. */
  public record Scores(String lang, int dated, int correct, int undated, int undatedGotDate, int undatedFromText,
      List<String> errors) {
    public double accuracy() {
      return dated == 0 ? Double.NaN : correct / (double) dated;
    }

    @Override
    public String toString() {
      return String.format("%s  date accuracy %.3f (%d of %d dated documents); null-gold documents given a date: "
          + "%d of %d (%d from the text)", lang, accuracy(), correct, dated, undatedGotDate, undated, undatedFromText);
    }
  }

  private DateEvaluator() {}

  public static List<Scores> evaluate(DocumentDater dater, List<Sample> samples) {
    Map<String, List<Sample>> byLang = new TreeMap<>();
    samples.forEach(s -> byLang.computeIfAbsent(s.lang(), k -> new ArrayList<>()).add(s));
    List<Scores> scores = new ArrayList<>();
    byLang.forEach((lang, docs) -> {
      int dated = 0;
      int correct = 0;
      int undated = 0;
      int undatedGotDate = 0;
      int undatedFromText = 0;
      List<String> errors = new ArrayList<>();
      for (Sample s : docs) {
        DateHints hints = new DateHints(null,
            s.metadata() == null ? null : new DocumentDate(s.metadata(), DateSource.METADATA));
        DocumentDate date = dater.date(s.text(), lang.equals("fa"), hints).orElse(null);
        String found = date == null ? null : date.value();
        if (s.gold() == null) {
          undated++;
          undatedGotDate += found == null ? 0 : 1;
          undatedFromText += date != null && date.source() != DateSource.METADATA ? 1 : 0;
        } else {
          dated++;
          if (s.gold().equals(found)) {
            correct++;
          } else {
            errors.add(s.id() + " " + s.gold() + "->" + found);
          }
        }
      }
      scores.add(new Scores(lang, dated, correct, undated, undatedGotDate, undatedFromText, List.copyOf(errors)));
    });
    return scores;
  }
}
