package org.diplomatic.analyzer.ledger;

import java.util.List;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Which states a commitment's holder and its document stand for. {@link DocumentParties} reads them from the
 * document's officials and the place names it writes; a registry of officials can answer instead.
 */
public interface Parties {
  /** The ISO codes of the states {@code holder} stands for in {@code doc} (an official's, or named in it). */
  List<String> countriesOf(String holder, IndexedDocument doc);

  /** The ISO codes of the states named in {@code text} (a commitment or a sentence), most named first. */
  List<String> countriesIn(String text);

  /** The states {@code doc} is about, most present first: its officials' countries, then the places it names. */
  List<String> countriesOf(IndexedDocument doc);
}
