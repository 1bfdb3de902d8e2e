package org.diplomatic.analyzer.ledger;

import java.util.List;

/**
 * One item of the ledger read from a stored document: a commitment ({@code kind} set), a sentence reporting
 * something done ({@code kind} null) or a sentence with a figure that no commitment holds ({@code kind}
 * {@value #RESTATED}: it may restate a promise of that figure). {@code item} is {@code c<n>} (the document's n-th
 * commitment), {@code s<n>} (its n-th sentence), {@code r<n>} (its n-th sentence, saying that a quantity reached a
 * figure: a report only of a promise of that figure), {@code e<n>} (its n-th sentence, reporting a meeting held or a
 * text signed: a report only of a promise of that act) or {@code m<n>} (its n-th sentence, restated);
 * {@code start}/{@code end} locate the text in the document (-1 when not found).
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

  /** The kind of a sentence that may restate a promise the extractor did not mark there (a headline, a quote). */
  public static final String RESTATED = "restated";

  /** The figures that can say what was promised: the amounts without the lengths of time ({@link Amount#isDuration}). */
  public List<Amount> measures() {
    return amounts.stream().filter(a -> !a.isDuration()).toList();
  }

  /** True for a sentence reporting something done rather than a commitment. */
  public boolean isReport() {
    return kind == null;
  }

  /** True for a sentence with a figure that may restate a promise of that figure: it never starts a promise. */
  public boolean mayRestate() {
    return RESTATED.equals(kind);
  }

  /** True for a sentence reporting a meeting held or a text signed: it reports done only a promise of that act. */
  public boolean reportsAnEvent() {
    return isReport() && item.startsWith("e");
  }

  /** True for a sentence saying that a quantity reached a figure: it reports done only a promise of that figure. */
  public boolean reportsAFigureReached() {
    return isReport() && item.startsWith("r");
  }
}
