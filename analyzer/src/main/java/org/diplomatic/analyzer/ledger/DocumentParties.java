package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Parties from the document alone: a holder that is one of its officials (same folded name, or the official's
 * surname) takes the official's country, any other holder the countries its words name (الجانب العراقي، طرف
 * افغانستانی، ایران و عراق).
 */
public final class DocumentParties implements Parties {
  /** An official counts as much as this many mentions of a place (a dateline city must not outweigh a minister). */
  private static final int OFFICIAL_WEIGHT = 3;
  private final PlaceNames places = PlaceNames.load();

  @Override
  public List<String> countriesOf(String holder, IndexedDocument doc) {
    if (holder == null) {
      return List.of();
    }
    List<String> name = FoldedWords.of(holder);
    for (IndexedDocument.Official o : doc.officials()) {
      List<String> official = FoldedWords.of(o.name());
      boolean same = official.equals(name)
          || (name.size() == 1 && !official.isEmpty() && official.get(official.size() - 1).equals(name.get(0)));
      if (same && o.country() != null) {
        return List.of(o.country());
      }
    }
    return places.countriesIn(holder);
  }

  @Override
  public List<String> countriesIn(String text) {
    return places.countriesIn(text);
  }

  @Override
  public List<String> countriesOf(IndexedDocument doc) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (IndexedDocument.Official o : doc.officials()) {
      if (o.country() != null) {
        weights.merge(o.country(), OFFICIAL_WEIGHT, Integer::sum);
      }
    }
    places.counts(doc.text()).forEach((code, n) -> weights.merge(code, n, Integer::sum));
    List<String> ranked = new ArrayList<>(weights.keySet());
    ranked.sort((a, b) -> weights.get(b) - weights.get(a));
    return ranked;
  }
}
