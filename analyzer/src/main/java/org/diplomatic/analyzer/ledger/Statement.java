package org.diplomatic.analyzer.ledger;

import java.util.List;

/**
 * One item of the ledger read from a stored document: a commitment ({@code kind} set) or a sentence reporting
 * something done ({@code kind} null). {@code item} is {@code c<n>} (the document's n-th commitment), {@code s<n>}
 * (its n-th sentence) or {@code r<n>} (its n-th sentence, saying that a quantity reached a figure: a report only of a
 * promise of that figure); {@code start}/{@code end} locate the text in the document (-1 when not found).
 * {@code countries} are the ISO codes of the parties (at most two, the holder's first), {@code terms} its folded
 * content words.
 */
public record Statement(
    String docId,
    String source,
    String lang,
    String date,
    String item,
    int start,
    int end,
    String text,
    String kind,
    String holder,
    String deadline,
    String deadlineIso,
    List<String> areas,
    List<String> countries,
    List<Amount> amounts,
    List<String> terms) {

  /** True for a sentence reporting something done rather than a commitment. */
  public boolean isReport() {
    return kind == null;
  }

  /** True for a sentence saying that a quantity reached a figure: it reports done only a promise of that figure. */
  public boolean reportsAFigureReached() {
    return isReport() && item.startsWith("r");
  }
}
