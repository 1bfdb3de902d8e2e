package org.diplomatic.analyzer.extract.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.eval.FMeasure;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.GoldDocument.GoldCommitment;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * Scores commitments against gold documents, per language. Gold sentences, gold officials and gold quotes are the
 * input, so the score is the commitment extractor's alone. A prediction matches a gold commitment in the same
 * sentence whose span it overlaps. Kind and holder accuracy are over matched pairs (holder where gold has one, and
 * "holder present" the share of those where the prediction names any holder);
 * owner and deadline accuracy over matched pairs of minutes where gold has a value; strings match when equal or one
 * contains the other after folding.
 */
public final class CommitmentEvaluator {
  private static final TextNormalizer FOLD = TextNormalizer.folding();

  /** The scores of one language. */
  public static final class Scores {
    public final FMeasure detection = new FMeasure();
    public final Accuracy kind = new Accuracy();
    public final Accuracy holder = new Accuracy();
    /** Matched pairs whose gold names a holder and whose prediction names one too (right or wrong). */
    public final Accuracy holderPresent = new Accuracy();
    public final Accuracy owner = new Accuracy();
    public final Accuracy deadline = new Accuracy();

    @Override
    public String toString() {
      return String.format("detection %s | kind %s | holder %s | holder present %s | owner (minutes) %s"
          + " | deadline (minutes) %s", detection, kind, holder, holderPresent, owner, deadline);
    }
  }

  /** Correct out of total. */
  public static final class Accuracy {
    public int correct;
    public int total;

    void add(boolean ok) {
      total++;
      correct += ok ? 1 : 0;
    }

    public double value() {
      return total == 0 ? 0 : (double) correct / total;
    }

    @Override
    public String toString() {
      return String.format("%.3f (%d/%d)", value(), correct, total);
    }
  }

  public static Map<String, Scores> evaluate(CommitmentExtractor extractor, List<GoldDocument> docs) {
    Map<String, Scores> byLang = new LinkedHashMap<>();
    for (GoldDocument d : docs) {
      Scores scores = byLang.computeIfAbsent(d.lang(), k -> new Scores());
      List<Sentence> sentences = d.sentences().stream().map(s -> new Sentence(s.text(), s.start(), s.end())).toList();
      List<Party> officials = d.officials().stream()
          .map(o -> new Party(o.name(), o.mentions().stream().map(m -> new Span(m.start(), m.end())).toList()))
          .toList();
      List<Party> quotes = d.quotes().stream().filter(q -> q.speaker() != null)
          .map(q -> new Party(q.speaker(), List.of(new Span(q.start(), q.end())))).toList();
      List<Commitment> predicted = new ArrayList<>(extractor.extract(d.text(), sentences, d.genre(), officials, quotes));
      int matched = 0;
      for (GoldCommitment g : d.commitments()) {
        Commitment p = takeMatch(g, predicted);
        if (p == null) {
          continue;
        }
        matched++;
        scores.kind.add(g.kind().equals(p.kind()));
        if (g.holder() != null) {
          scores.holder.add(same(g.holder(), p.holder()));
          scores.holderPresent.add(p.holder() != null);
        }
        if ("minutes".equals(d.genre()) && g.owner() != null) {
          scores.owner.add(same(g.owner(), p.owner()));
        }
        if ("minutes".equals(d.genre()) && g.deadline() != null) {
          scores.deadline.add(same(g.deadline(), p.deadline()));
        }
      }
      scores.detection.add(matched, predicted.size(), d.commitments().size() - matched);
    }
    return byLang;
  }

  private static Commitment takeMatch(GoldCommitment g, List<Commitment> predicted) {
    Span gold = new Span(g.start(), g.end());
    for (int i = 0; i < predicted.size(); i++) {
      Commitment p = predicted.get(i);
      if (p.sentence() == g.sentence() && gold.overlaps(new Span(p.start(), p.end()))) {
        return predicted.remove(i);
      }
    }
    return null;
  }

  static boolean same(String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    String a = clean(gold);
    String b = clean(predicted);
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
  }

  private static String clean(String s) {
    return FOLD.apply(s).replaceAll("[\\p{P}\\s]+", " ").trim();
  }
}
