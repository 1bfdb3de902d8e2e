package org.diplomatic.analyzer.eval;

import java.util.List;

/**
 * One annotated corpus document: its text and the gold annotation from {@code <id>.gold.json}. {@code date} is the
 * gold document date (ISO yyyy-mm-dd, yyyy-mm or yyyy; null when the text writes none); {@code publishedDate} the
 * news archive's date of a published article (null for written documents).
 */
public record GoldDocument(
    String id,
    String lang,
    String genre,
    String text,
    List<String> areas,
    List<GoldSentence> sentences,
    List<GoldOfficial> officials,
    List<GoldSpan> otherPersons,
    List<GoldFigure> figures,
    List<GoldCommitment> commitments,
    List<GoldQuote> quotes,
    String date,
    String publishedDate) {

  /** A document without a gold date or publication date. */
  public GoldDocument(
      String id,
      String lang,
      String genre,
      String text,
      List<String> areas,
      List<GoldSentence> sentences,
      List<GoldOfficial> officials,
      List<GoldSpan> otherPersons,
      List<GoldFigure> figures,
      List<GoldCommitment> commitments,
      List<GoldQuote> quotes) {
    this(id, lang, genre, text, areas, sentences, officials, otherPersons, figures, commitments, quotes, null, null);
  }

  /** A gold sentence with the areas it is about. */
  public record GoldSentence(String text, int start, int end, List<String> areas) {}

  /** A gold span: its text, the index of its sentence and its offsets. */
  public record GoldSpan(String text, int sentence, int start, int end) {}

  /** A gold official with every mention of its name. */
  public record GoldOfficial(
      String name, String role, String organization, String country, List<GoldSpan> mentions) {}

  /** A gold figure; {@code value} or {@code min}/{@code max} is set, the rest may be null. */
  public record GoldFigure(
      String text,
      int sentence,
      int start,
      int end,
      Double value,
      Double min,
      Double max,
      String unit,
      String period,
      String qualifier,
      String quantity) {}

  /** A gold commitment (sentence or clause). */
  public record GoldCommitment(
      String text,
      int sentence,
      int start,
      int end,
      String kind,
      String holder,
      String owner,
      String deadline,
      List<String> areas) {}

  /** A gold direct quote and its speaker. */
  public record GoldQuote(String text, int sentence, int start, int end, String speaker) {}
}
