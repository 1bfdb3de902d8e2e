package org.diplomatic.analyzer.extract.commitments;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomatic.analyzer.text.Token;

/**
 * The cue-lexicon baseline: no commitment under a negation cue or a past cue without a kind cue; otherwise the
 * strongest kind cue decides (decision in minutes, then agreement, obligation, proposal, intent).
 */
public final class CueBaseline implements ClauseClassifier {
  private static final List<String> PRIORITY = List.of("decision", "agreement", "obligation", "proposal", "intent");

  private final CueLexicon cues;
  private final CommitmentFeatures tokenizer;

  public CueBaseline(CueLexicon cues) {
    this.cues = cues;
    this.tokenizer = new CommitmentFeatures(cues);
  }

  @Override
  public String kind(String text, String genre) {
    List<Token> tokens = tokenizer.tokens(text);
    Set<String> found = cues.find(tokens).stream().map(CueLexicon.Hit::feature).collect(Collectors.toSet());
    if (found.contains("negation")) {
      return NONE;
    }
    for (String kind : PRIORITY) {
      if (found.contains(kind) && (!kind.equals("decision") || "minutes".equals(genre))) {
        return kind;
      }
    }
    return NONE;
  }
}
