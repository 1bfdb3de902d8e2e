package org.diplomatic.analyzer.extract.commitments;

/**
 * A classifier (the learned model or the cue baseline) with {@link CueRules} on top: what the rules rule out is no
 * commitment, what they settle takes their kind, and the rest is the classifier's call; a news clause the classifier
 * passes over but that binds a party by a condition (، على أن تقوم ...) is an obligation (an agreement if a contract provides it).
 */
final class RuledClassifier implements ClauseClassifier {
  private final ClauseClassifier inner;
  private final CueRules rules = new CueRules();

  RuledClassifier(ClauseClassifier inner) {
    this.inner = inner;
  }

  @Override
  public String kind(String text, String genre) {
    CueRules.Verdict verdict = rules.judge(text, genre);
    if (verdict.vetoed()) {
      return NONE;
    }
    // The rules' kind wins: their cues name the kind outright, where the classifier may blur decision and agreement.
    if (!verdict.kind().equals(NONE)) {
      return verdict.kind();
    }
    String kind = rules.anchored(text, genre) ? inner.kind(text, genre) : NONE;
    if (kind.equals(NONE)) {
      return rules.boundByCondition(text, genre);
    }
    return (kind.equals("intent") || kind.equals("proposal")) && rules.toldInPast(text) ? NONE : kind;
  }
}
