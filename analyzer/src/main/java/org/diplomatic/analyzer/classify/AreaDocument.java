package org.diplomatic.analyzer.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;

/** A document as the area classifier sees it: its sentences with their gold labels, and its own gold labels. */
public record AreaDocument(String id, String lang, List<AreaExample> sentences, Set<String> labels) {

  public static AreaDocument of(GoldDocument gold) {
    List<AreaExample> sentences = new ArrayList<>();
    for (GoldDocument.GoldSentence s : gold.sentences()) {
      sentences.add(new AreaExample(gold.lang(), s.text(), Set.copyOf(s.areas() == null ? List.of() : s.areas())));
    }
    return new AreaDocument(gold.id(), gold.lang(), sentences, Set.copyOf(new HashSet<>(gold.areas())));
  }

  /** The documents of one corpus split. */
  public static List<AreaDocument> of(GoldCorpus corpus, GoldCorpus.Split split) {
    return corpus.documents(split).stream().map(AreaDocument::of).toList();
  }

  public List<String> texts() {
    return sentences.stream().map(AreaExample::text).toList();
  }
}
