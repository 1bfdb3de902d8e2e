package org.diplomatic.analyzer.pipeline;

import java.util.List;
import org.diplomatic.analyzer.classify.Area;
import org.diplomatic.analyzer.dates.DocumentDate;
import org.diplomatic.analyzer.extract.commitments.Commitment;
import org.diplomatic.analyzer.extract.commitments.MinutesStructure;
import org.diplomatic.analyzer.extract.figures.Figure;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.PersonMention;
import org.diplomatic.analyzer.extract.quotes.Quote;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;

/**
 * Everything the pipeline found in one document; immutable. {@code segmentation} gives the tokens per sentence on
 * demand; {@code minutes} is null unless the genre is minutes; {@code date} is null when neither the text, the
 * metadata nor the user gives one.
 */
public record AnalyzedDocument(
    String id,
    String source,
    String text,
    Language lang,
    String genre,
    List<Sentence> sentences,
    Segmentation segmentation,
    List<Figure> figures,
    List<Official> officials,
    List<PersonMention> persons,
    List<Quote> quotes,
    List<Commitment> commitments,
    List<Area> areas,
    MinutesStructure minutes,
    DocumentDate date) {

  public AnalyzedDocument {
    sentences = List.copyOf(sentences);
    figures = List.copyOf(figures);
    officials = List.copyOf(officials);
    persons = List.copyOf(persons);
    quotes = List.copyOf(quotes);
    commitments = List.copyOf(commitments);
    areas = List.copyOf(areas);
  }
}
