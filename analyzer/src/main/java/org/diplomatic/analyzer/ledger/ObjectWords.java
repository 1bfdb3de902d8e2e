package org.diplomatic.analyzer.ledger;

import java.util.HashSet;
import java.util.Set;

/**
 * Which content words can name what a promise is about: not the places that stand for a state (the officials'
 * country table and {@code places.tsv}, names of one word: they name the parties) nor the actions and
 * kinds of {@code generic-words.tsv}. Words as {@link ContentTerms} makes them.
 */
final class ObjectWords {
  private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile("[A-Z]{2}");
  private final Set<String> notObjects = new HashSet<>();

  private ObjectWords() {}

  /** The object words, {@code terms} making the words of the lists (the one the statements' words came from). */
  static ObjectWords load(ContentTerms terms) {
    ObjectWords o = new ObjectWords();
    for (String resource : new String[] {"/org/diplomatic/analyzer/extract/officials/countries.tsv", "places.tsv"}) {
      // one-word names of a state's places only: the words of longer ones (المنطقة الشرقية، إقليم كردستان) and of
      // organizations (code -) are common nouns too
      WordLists.rows(resource).stream().filter(cells -> STATE.matcher(cells[2].strip()).matches())
          .filter(cells -> !cells[1].strip().contains(" "))
          .forEach(cells -> o.notObjects.addAll(terms.of(cells[1], Set.of())));
    }
    WordLists.rows("generic-words.tsv").forEach(cells -> o.notObjects.addAll(terms.of(cells[1], Set.of())));
    return o;
  }

  boolean isObject(String term) {
    return !notObjects.contains(term);
  }
}
