package org.diplomatic.analyzer.pipeline;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.classify.Area;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.text.TextNormalizer;

/** Maps an analyzed document to what the index stores, so indexing and search never need the pipeline. */
public final class IndexMapping {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-4][0-9])(?![0-9])");
  private static final TextNormalizer BASE = TextNormalizer.base();

  private IndexMapping() {}

  public static IndexedDocument of(AnalyzedDocument d) {
    List<IndexedDocument.Commitment> commitments = d.commitments().stream()
        .map(c -> new IndexedDocument.Commitment(c.text(), c.kind(), c.holder(), c.owner(), c.deadline(),
            c.deadlineIso(), c.areas()))
        .toList();
    List<IndexedDocument.Official> officials = d.officials().stream()
        .map(o -> new IndexedDocument.Official(o.name(), o.country(), o.role())).toList();
    List<IndexedDocument.Figure> figures = d.figures().stream()
        .map(f -> new IndexedDocument.Figure(f.text(), f.value(), f.min(), f.max(), f.unit(), f.period()))
        .toList();
    return new IndexedDocument(d.id(), d.source(), d.lang().code(), d.genre(), d.text(), officials,
        d.areas().stream().map(Area::label).toList(), figures, commitments, years(d.text()),
        d.date() == null ? null : d.date().value());
  }

  /** Gregorian years written in the text (any digit script), for the year facet. */
  static List<Integer> years(String text) {
    TreeSet<Integer> years = new TreeSet<>();
    Matcher m = YEAR.matcher(BASE.apply(text));
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return List.copyOf(years);
  }
}
